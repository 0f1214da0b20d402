package com.complianceportal.access.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.LoginPage;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sessions end for real, in Chromium: a user whom an administrator disables, or whose password is changed in another
 * browser, lands on the login page at their very next click. Passwords beyond bcrypt's 72 bytes work, an old
 * bcrypt hash becomes an Argon2id one at the next sign-in, and a temporary password leads to nothing but choosing a
 * new one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionEndingJourneyIT extends ChromiumSession {

    static final String PASSWORD = "Journey password 2026";

    @Autowired
    PortalUserRepository users;
    @Autowired
    PasswordEncoder encoder;

    private void freshUser(String username, String hash) {
        users.findByUsername(username).ifPresent(users::delete);
        users.save(PortalUser.create(username, "Journey " + username, hash, Role.VIEWER, Instant.now()));
    }

    private static void clickInTheMenu(Page page, String entry) {
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(entry)).first().click();
    }

    private static void assertOnTheLoginPage(Page page) {
        page.waitForURL("**/login**");
        page.locator("input[name=username]").waitFor();
        assertThat(page.url()).contains("/login");
    }

    @Test
    void a_user_disabled_by_an_administrator_lands_on_the_login_page_at_their_next_click() {
        freshUser("sj-alice", encoder.encode(PASSWORD));
        new LoginPage(page, baseUrl()).open().signInSuccessfully("sj-alice", PASSWORD);

        Page admin = anotherSession();
        new LoginPage(admin, baseUrl()).open().signInSuccessfully("admin", "admin");
        admin.navigate(baseUrl() + "/admin/users");
        admin.locator("#users-search input").fill("sj-alice");
        admin.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("sj-alice")).first()
                .click();
        admin.locator("#user-sessions .session-line").first().waitFor();
        admin.locator("#disable-user").click();
        admin.locator("#enable-user").waitFor();
        assertThat(users.findByUsername("sj-alice").orElseThrow().enabled()).isFalse();

        clickInTheMenu(page, "My account");

        assertOnTheLoginPage(page);
        page.navigate(baseUrl() + "/account");
        assertOnTheLoginPage(page);
    }

    @Test
    void a_password_change_ends_the_users_session_in_another_browser() {
        freshUser("sj-bob", encoder.encode(PASSWORD));
        new LoginPage(page, baseUrl()).open().signInSuccessfully("sj-bob", PASSWORD);
        Page other = anotherSession();
        new LoginPage(other, baseUrl()).open().signInSuccessfully("sj-bob", PASSWORD);

        page.navigate(baseUrl() + "/account");
        page.locator("#own-sessions .session-line").nth(1).waitFor();
        changePassword(page, PASSWORD, "Bob's brand new secret 1");

        clickInTheMenu(other, "My account");
        assertOnTheLoginPage(other);
        clickInTheMenu(page, "Assessments");
        page.waitForURL("**/assessments**");
        assertThat(page.locator("#user-menu").isVisible()).as("this session stays signed in").isTrue();
    }

    @Test
    void an_old_bcrypt_hash_is_upgraded_at_sign_in_and_a_100_byte_emoji_password_works_end_to_end() {
        freshUser("sj-carl", new BCryptPasswordEncoder(4).encode(PASSWORD));
        new LoginPage(page, baseUrl()).open().signInSuccessfully("sj-carl", PASSWORD);
        assertThat(users.findByUsername("sj-carl").orElseThrow().passwordHash()).startsWith("{argon2}$argon2id$");

        String emoji = "\uD83D\uDD12".repeat(25);
        assertThat(emoji.getBytes(StandardCharsets.UTF_8)).hasSize(100);
        page.navigate(baseUrl() + "/account");
        changePassword(page, PASSWORD, emoji);
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-sign-out").click();
        page.waitForURL("**/login**");

        new LoginPage(page, baseUrl()).open().signInSuccessfully("sj-carl", emoji);
        assertThat(page.locator("#user-menu").isVisible()).isTrue();
        String truncated = "\uD83D\uDD12".repeat(18) + "x";
        assertThat(encoder.matches(truncated, users.findByUsername("sj-carl").orElseThrow().passwordHash()))
                .as("all 100 bytes count, not only bcrypt's first 72").isFalse();
    }

    @Test
    void after_a_reset_every_page_leads_to_choosing_a_new_password_until_one_is_chosen() {
        freshUser("sj-dina", encoder.encode(PASSWORD));
        PortalUser user = users.findByUsername("sj-dina").orElseThrow();
        users.save(user.withTemporaryPassword(user.passwordHash(), Instant.now()));

        new LoginPage(page, baseUrl()).open().signInAs("sj-dina", PASSWORD);
        page.locator("#change-password-reason").waitFor();
        page.navigate(baseUrl() + "/assessments");
        page.locator("#change-password-reason").waitFor();
        assertThat(page.url()).contains("/assessments");

        changePassword(page, PASSWORD, "Dina's very own secret 5");
        page.locator("#user-menu").waitFor();
        assertThat(users.findByUsername("sj-dina").orElseThrow().mustChangePassword()).isFalse();
    }

    private static void changePassword(Page page, String current, String next) {
        page.locator("#current-password input").fill(current);
        page.locator("#new-password input").fill(next);
        page.locator("#confirm-password input").fill(next);
        page.locator("#change-password").click();
        page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Your password was changed")).waitFor();
    }
}
