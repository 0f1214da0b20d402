package com.complianceportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.LoginPage;
import com.complianceportal.testsupport.Screenshots;
import com.complianceportal.user.domain.RegionalSettings;
import com.complianceportal.user.domain.UserRegions;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * With the browser in German every screen reads German; an English browser stays English until the user chooses
 * German on the account page, and from then on every page is German. Screenshots of the German screens go to
 * {@code target/screenshots/german}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GermanScreensIT extends ChromiumSession {

    private static final Screenshots SHOTS = new Screenshots("german");

    @Autowired
    UserRegions regions;

    @AfterEach
    void everyoneFollowsTheBrowserAgain() {
        regions.save("assessor", RegionalSettings.BROWSER);
    }

    @Test
    void a_german_browser_reads_every_screen_in_german() {
        BrowserContext german = context.browser().newContext(new Browser.NewContextOptions().setLocale("de-DE"));
        Page p = german.newPage();
        new LoginPage(p, baseUrl()).open();
        PlaywrightAssertions.assertThat(p.locator("vaadin-login-form")).containsText("Anmelden");
        PlaywrightAssertions.assertThat(p.locator("vaadin-login-form")).containsText("Benutzername");
        shoot(p, "login");
        new LoginPage(p, baseUrl()).signInSuccessfully("admin", "admin");

        screen(p, "/", "dashboard", "Alle Bewertungen", "Überfällige Bewertungen", "Bewertungen nach Status");
        screen(p, "/assessments", "register", "Bewertete Organisation", "Fällig ab", "Spalten");
        p.locator("#assessment-grid .cell-main").first().click();
        p.waitForURL(Pattern.compile(".*/assessments/.+"));
        String detail = p.url().substring(baseUrl().length());
        screen(p, detail, "detail", "Feststellungen", "Beteiligte", "Termine");
        screen(p, "/assessments/new", "create", "Bewertung erstellen", "Einheit", "Vorlage");
        screen(p, "/account", "account", "Sprache und Zeitzone", "Passwort ändern", "Benutzername");
        screen(p, "/admin/users", "users", "Neuer Benutzer", "Rolle", "Zustand");
        screen(p, "/admin/audit", "audit", "Akteur", "Aktion", "CSV exportieren");
        screen(p, "/admin/api-keys", "api-keys", "API-Schlüssel", "Jeder Benutzer ruft");

        p.locator("#color-scheme-toggle").click();
        try {
            screen(p, "/assessments", "register-dark", "Bewertete Organisation");
            screen(p, detail, "detail-dark", "Feststellungen");
        } finally {
            p.locator("#color-scheme-toggle").click();
        }
        german.close();
    }

    @Test
    void the_language_chosen_on_the_account_page_wins_over_the_browser() {
        new LoginPage(page, baseUrl()).open().signInSuccessfully("assessor", "assessor");
        page.navigate(baseUrl() + "/account");
        PlaywrightAssertions.assertThat(page.locator("vaadin-side-nav")).containsText("Dashboard");

        page.locator("#account-language").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Deutsch")).click();
        page.locator("#account-region-save").click();
        PlaywrightAssertions.assertThat(page.locator("vaadin-side-nav")).containsText("Übersicht");

        page.navigate(baseUrl() + "/assessments");
        PlaywrightAssertions.assertThat(page.locator("h1.view-title")).hasText("Bewertungen");
        assertThat(regions.find("assessor")).contains(new RegionalSettings("de", null));
    }

    /** Opens {@code path}, waits for its German texts and finds none of the portal's English sentences on it. */
    private void screen(Page p, String path, String name, String... german) {
        p.navigate(baseUrl() + path);
        for (String text : german) {
            PlaywrightAssertions.assertThat(p.locator("body")).containsText(text);
        }
        String shown = p.locator("body").innerText();
        assertThat(englishSentencesIn(shown)).as("English texts on " + path).isEmpty();
        shoot(p, name);
    }

    /** The portal's English texts of two or more words that differ in German and show up in {@code text}. */
    private static List<String> englishSentencesIn(String text) {
        Properties english = Bundles.english();
        Properties german = Bundles.german();
        List<String> found = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            if (value.contains("{") || !value.strip().contains(" ") || value.equals(german.getProperty(key))
                    || key.startsWith("enum.") || key.startsWith("service.")) {
                continue;
            }
            if (text.contains(value.replace("''", "'").strip())) {
                found.add(key + ": " + value);
            }
        }
        return found;
    }

    private static void shoot(Page p, String name) {
        for (int width : new int[] {Screenshots.DESKTOP, Screenshots.PHONE}) {
            Screenshots.resize(p, width);
            p.waitForTimeout(300);
            SHOTS.take(p, name);
        }
        Screenshots.resize(p, Screenshots.DESKTOP);
    }
}
