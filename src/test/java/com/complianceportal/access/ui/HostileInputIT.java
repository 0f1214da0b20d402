package com.complianceportal.access.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.LoginPage;
import com.complianceportal.testsupport.RegisterPage;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Hostile text typed into the user administration and the register search, in Chromium: nothing executes (any
 * JavaScript dialog fails the test), no element is injected, and what is stored is stored in full, or refused with a
 * message while the field keeps what was typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputIT extends ChromiumSession {

    static final List<String> HOSTILE = List.of(
            "<img src=x onerror=alert(1)>",
            "\"><script>alert(1)</script>",
            "x".repeat(10_000),
            "invoice\u202Egpj.exe",
            "Zoë 🦄 👩‍💻 Ünïcødé",
            "nul\u0000byte");

    @Autowired
    PortalUserRepository users;

    private final List<String> dialogs = new ArrayList<>();

    @BeforeEach
    void failOnAnyDialog() {
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        new LoginPage(page, baseUrl()).open().signInSuccessfully("admin", "admin");
    }

    @Test
    void hostile_display_names_and_email_addresses_are_stored_in_full_or_refused_and_shown_as_text() {
        page.navigate(baseUrl() + "/admin/users");
        for (int i = 0; i < HOSTILE.size(); i++) {
            String username = "hostile-" + i;
            users.findByUsername(username).ifPresent(users::delete);
            createUser(username, HOSTILE.get(i), "");
            createUser(username + "m", "Mail " + i, HOSTILE.get(i));
        }
        assertNothingInjected();
        assertThat(dialogs).as("JavaScript dialogs").isEmpty();
    }

    @Test
    void hostile_register_searches_show_the_register_and_keep_the_search() {
        RegisterPage.open(page, baseUrl());
        Locator search = page.locator("#register-search input");
        for (String text : HOSTILE) {
            search.fill(text);
            search.press("Tab");
            page.waitForTimeout(600);
            page.locator("#register-total, #register-empty").first().waitFor();
            String kept = search.inputValue();
            assertThat(text).as("the search field keeps what was typed, up to its visible limit").startsWith(kept);
            assertThat(kept.length()).isEqualTo(Math.min(200, browserValue(text).length()));
        }
        assertNothingInjected();
        assertThat(dialogs).as("JavaScript dialogs").isEmpty();
    }

    /** Fills the new-user form; the user is then stored exactly as typed (stripped), or the form says why not. */
    private void createUser(String username, String displayName, String email) {
        users.findByUsername(username).ifPresent(users::delete);
        page.locator("#new-user").click();
        page.locator("#new-user-username input").fill(username);
        Locator name = page.locator("#new-user-name input");
        Locator mail = page.locator("#new-user-email input");
        name.fill(displayName);
        mail.fill(email);
        page.locator("#new-user-password input").fill("Hostile input test 2026");
        page.locator("#new-user-confirm input").fill("Hostile input test 2026");
        String typedName = name.inputValue();
        String typedMail = mail.inputValue();
        page.locator("#create-user").click();
        Locator dialog = page.locator("#new-user-dialog");
        Locator refused = page.locator("#new-user-dialog vaadin-text-field[invalid]");
        page.waitForCondition(() -> dialog.count() == 0 || refused.count() > 0);

        Optional<PortalUser> stored = users.findByUsername(username);
        if (stored.isPresent()) {
            assertThat(stored.get().displayName()).as("stored name").isEqualTo(typedName.strip());
            assertThat(Optional.ofNullable(stored.get().email()).orElse("")).as("stored address")
                    .isEqualTo(typedMail.strip());
            page.locator("#users-search input").fill(username);
            page.waitForTimeout(600);
            Locator cell = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(typedName.strip().length() > 60 ? typedName.strip().substring(0, 60)
                            : typedName.strip())).first();
            cell.waitFor();
            assertThat(cell.textContent()).as("shown as text").contains(typedName.strip());
        } else {
            assertThat(refused.count()).as("a refusal of " + username + " names the field").isPositive();
            assertThat(refused.first().locator("[slot=error-message]").textContent()).as("the message").isNotBlank();
            assertThat(name.inputValue()).as("the name field keeps what was typed").isEqualTo(typedName);
            assertThat(mail.inputValue()).as("the address field keeps what was typed").isEqualTo(typedMail);
            page.keyboard().press("Escape");
            dialog.waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.DETACHED));
        }
    }

    /** What a text input holds when this is typed: browsers drop line breaks, nothing else. */
    private static String browserValue(String text) {
        return text.replace("\n", "").replace("\r", "");
    }

    private void assertNothingInjected() {
        Object injected = page.evaluate("() => {"
                + " const all = [];"
                + " const walk = root => root.querySelectorAll('*').forEach(e => {"
                + "   all.push(e); if (e.shadowRoot) walk(e.shadowRoot); });"
                + " walk(document);"
                + " return all.filter(e => (e.tagName === 'IMG' && e.getAttribute('src') === 'x')"
                + "   || e.hasAttribute('onerror')"
                + "   || (e.tagName === 'SCRIPT' && (e.textContent || '').includes('alert(1)'))).length; }");
        assertThat(((Number) injected).intValue()).as("injected elements").isZero();
    }
}
