package com.complianceportal.i18n;

import com.vaadin.flow.component.UI;
import java.util.Locale;

/**
 * A text of the portal in the current tab's language, for code that is not a component (a component calls its own
 * {@code getTranslation}). Keys are string literals at the call, so that tests can find every key the code uses.
 */
public final class Texts {

    private static final PortalTranslations TRANSLATIONS = new PortalTranslations();

    private Texts() {
    }

    /** The text of {@code key} in the current tab's language (English without a tab), with its parameters. */
    public static String t(String key, Object... params) {
        UI ui = UI.getCurrent();
        return TRANSLATIONS.getTranslation(key, ui == null ? Locale.ENGLISH : ui.getLocale(), params);
    }

    /**
     * A message a service wrote in English (a refusal, a rule that was broken) in the current tab's language: the
     * English text is looked up among the texts of the English bundle; one that is not there is shown as written.
     */
    public static String known(String english) {
        String key = EnglishTexts.KEYS.get(english);
        if (key != null) {
            return t(key);
        }
        for (EnglishTexts.Template template : EnglishTexts.TEMPLATES) {
            var values = template.values(english);
            if (values.isPresent()) {
                return t(template.key(), values.get());
            }
        }
        return english;
    }

    /** The text of {@code key} in {@code locale}'s language. */
    public static String t(Locale locale, String key, Object... params) {
        return TRANSLATIONS.getTranslation(key, locale, params);
    }
}
