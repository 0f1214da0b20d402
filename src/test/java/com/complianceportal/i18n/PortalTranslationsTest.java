package com.complianceportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** German for any German locale, English for every other one, whatever the server's own locale is. */
class PortalTranslationsTest {

    private final PortalTranslations translations = new PortalTranslations();

    @Test
    void any_german_locale_reads_german() {
        assertThat(translations.getTranslation("login.title", Locale.GERMANY)).isEqualTo("Anmelden");
        assertThat(translations.getTranslation("login.title", Locale.of("de", "CH"))).isEqualTo("Anmelden");
    }

    @Test
    void other_languages_read_english_even_on_a_german_server() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(translations.getTranslation("login.title", Locale.FRANCE)).isEqualTo("Sign in");
            assertThat(translations.getTranslation("login.title", Locale.US)).isEqualTo("Sign in");
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void numbers_and_plurals_follow_the_locale() {
        assertThat(translations.getTranslation("count.findings", Locale.US, 1)).isEqualTo("1 finding");
        assertThat(translations.getTranslation("count.findings", Locale.US, 1234)).isEqualTo("1,234 findings");
        assertThat(translations.getTranslation("count.findings", Locale.GERMANY, 1234))
                .isEqualTo("1.234 Feststellungen");
    }

    @Test
    void a_missing_key_shows_as_such() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    @Test
    void a_fixed_service_message_is_found_by_its_english_text() {
        assertThat(Texts.known("The current password is not correct."))
                .isEqualTo("The current password is not correct.");
        assertThat(Texts.known("Something no bundle has")).isEqualTo("Something no bundle has");
        assertThat(EnglishTexts.KEYS).containsEntry("The current password is not correct.",
                "service.password.wrongCurrent");
    }

    @Test
    void a_service_message_with_values_is_found_by_its_words_and_keeps_its_values() {
        String wait = "Too many attempts with a wrong current password. Try again in 37 seconds.";
        UI german = new UI();
        german.setLocale(Locale.GERMANY);
        UI.setCurrent(german);
        try {
            assertThat(Texts.known(wait)).isEqualTo(
                    "Zu viele Versuche mit einem falschen aktuellen Passwort. Versuchen Sie es in 37 Sekunden erneut.");
            assertThat(Texts.known("A key has 16 to 512 characters; this one has 9."))
                    .isEqualTo("Ein Schlüssel hat 16 bis 512 Zeichen; dieser hat 9.");
            assertThat(Texts.known("Use at most 80 characters.")).isEqualTo("Verwenden Sie höchstens 80 Zeichen.");
            assertThat(Texts.known("Use 2 to 64 letters, said nobody")).isEqualTo("Use 2 to 64 letters, said nobody");
        } finally {
            UI.setCurrent(null);
        }
        assertThat(Texts.known(wait)).as("English without a German tab").isEqualTo(wait);
    }
}
