package com.complianceportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

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
}
