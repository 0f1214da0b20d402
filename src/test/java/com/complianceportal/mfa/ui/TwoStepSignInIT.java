package com.complianceportal.mfa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.LoginPage;
import com.complianceportal.testsupport.MainPage;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In Chromium, as a user would: set up two-step sign-in on the account page with the key the page shows (the test
 * plays the authenticator app), sign out, sign in with the password, find that nothing but the code page opens,
 * enter a code, and reach the portal. Screenshots of the pages at 1280 and 390 pixels, light and dark.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoStepSignInIT extends ChromiumSession {

    static final String USER = "mfa-e2e";
    static final String PASSWORD = "correct-horse-battery";
    static final Path SCREENSHOTS = Path.of("target/screenshots/two-step");

    @Autowired
    PortalUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void withoutEnrolment() {
        users.findByUsername(USER).ifPresent(user -> {
            jdbc.update("DELETE FROM mfa_recovery_code WHERE user_id = ?", user.id());
            jdbc.update("DELETE FROM mfa_enrolment WHERE user_id = ?", user.id());
        });
    }

    @Test
    void a_user_sets_up_two_step_sign_in_then_signs_in_with_password_and_code() {
        Instant start = Instant.now();
        if (users.findByUsername(USER).isEmpty()) {
            users.save(PortalUser.create(USER, "Mo Factor", encoder.encode(PASSWORD), Role.VIEWER, Instant.now()));
        }
        new LoginPage(page, baseUrl()).open().signInSuccessfully(USER, PASSWORD);
        page.navigate(baseUrl() + "/account");
        page.locator("#two-step-set-up").click();
        String key = page.locator("#two-step-key").innerText();
        assertThat(key).matches("[A-Z2-7]{4}( [A-Z2-7]{4}){7}");
        PlaywrightAssertions.assertThat(page.locator("#two-step-qr")).isVisible();
        assertThat((Boolean) page.locator("#two-step-qr").evaluate("img => img.complete && img.naturalWidth > 100"))
                .as("the QR code image loaded").isTrue();
        screenshots("account-set-up");

        byte[] secret = new Base32().decode(key.replace(" ", ""));
        long enrolStep = step(Instant.now());
        page.locator("#two-step-code input").fill(code(secret, enrolStep));
        page.locator("#two-step-confirm").click();
        PlaywrightAssertions.assertThat(page.locator("#recovery-code-list li")).hasCount(10);
        List<String> recoveryCodes = page.locator("#recovery-code-list li").allInnerTexts();
        screenshots("account-recovery-codes");
        page.locator("#recovery-codes-saved").click();
        PlaywrightAssertions.assertThat(page.locator("#two-step-state")).containsText("On since");
        screenshots("account-on");
        assertThat(page.content()).as("the key and the codes are off the page").doesNotContain(key)
                .doesNotContain(recoveryCodes.get(0));

        new MainPage(page).signOut();
        new LoginPage(page, baseUrl()).open().signInAs(USER, PASSWORD);
        page.waitForURL("**/login/code");
        page.locator("#two-step-code input").waitFor();
        screenshots("sign-in-code");

        for (String route : List.of("", "account", "assessments", "assessments/new", "admin/api-keys")) {
            page.navigate(baseUrl() + "/" + route);
            page.locator("input[name=username]").waitFor();
            assertThat(page.url()).as("with the password alone, /%s", route).contains("/login");
        }
        APIResponse actuator = page.request().get(baseUrl() + "/actuator/metrics",
                RequestOptions.create().setMaxRedirects(0));
        assertThat(actuator.status()).as("an admin-only endpoint").isIn(302, 401, 403);

        page.navigate(baseUrl() + "/login/code");
        String wrong = "000000".equals(code(secret, step(Instant.now()))) ? "111111" : "000000";
        page.locator("#two-step-code input").fill(wrong);
        page.locator("#second-step-verify").click();
        PlaywrightAssertions.assertThat(page.locator("#two-step-code")).hasAttribute("invalid", "");
        PlaywrightAssertions.assertThat(page.locator("#two-step-code input")).hasValue("");
        screenshots("sign-in-code-refused");

        page.locator("#two-step-code input").fill(code(secret, Math.max(enrolStep + 1, step(Instant.now()))));
        page.locator("#second-step-verify").click();
        page.locator("#user-menu").waitFor();
        assertThat(new MainPage(page).userMenuText()).contains("Mo Factor");
        page.navigate(baseUrl() + "/account");
        PlaywrightAssertions.assertThat(page.locator("#two-step-state")).containsText("10 of 10 recovery codes left");

        List<AuditAction> actions = audit.findByUsernameOrderByOccurredAtDesc(USER).stream()
                .filter(e -> !e.occurredAt().isBefore(start)).map(AuditEvent::action).toList();
        assertThat(actions).contains(AuditAction.MFA_ENROLLED, AuditAction.MFA_CODE_REFUSED,
                AuditAction.MFA_CODE_ACCEPTED);
    }

    @Test
    void without_a_pending_sign_in_the_code_page_leads_to_the_login_page() {
        page.navigate(baseUrl() + "/login/code");
        page.locator("input[name=username]").waitFor();
        page.waitForURL("**/login");
        assertThat(page.url()).doesNotContain("/login/code");
    }

    private void screenshots(String name) {
        for (int width : new int[] {1280, 390}) {
            for (String scheme : new String[] {"light", "dark"}) {
                page.setViewportSize(width, 900);
                page.evaluate("s => { document.documentElement.style.colorScheme = s;"
                        + " document.documentElement.setAttribute('theme', s); }", scheme);
                page.waitForTimeout(150);
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve(name + "-" + width + "-" + scheme + ".png")));
            }
        }
        page.evaluate("() => { document.documentElement.style.colorScheme = '';"
                + " document.documentElement.removeAttribute('theme'); }");
        page.setViewportSize(1280, 900);
    }

    private static long step(Instant now) {
        return now.getEpochSecond() / 30;
    }

    /** What an authenticator app shows for a time step: RFC 6238, HMAC-SHA1, six digits. */
    private static String code(byte[] secret, long step) {
        try {
            var totp = new TimeBasedOneTimePasswordGenerator();
            return totp.generateOneTimePasswordString(new SecretKeySpec(secret, totp.getAlgorithm()),
                    Instant.ofEpochSecond(step * 30), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
