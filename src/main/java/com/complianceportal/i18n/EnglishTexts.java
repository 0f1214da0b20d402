package com.complianceportal.i18n;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The key of each English text, so that a fixed message written by a service can be shown in the reader's language. */
final class EnglishTexts {

    static final Map<String, String> KEYS = keys();

    private EnglishTexts() {
    }

    private static Map<String, String> keys() {
        ResourceBundle english = PortalTranslations.bundle(Locale.ENGLISH);
        var keys = new HashMap<String, String>();
        for (String key : english.keySet()) {
            String text = english.getString(key);
            if (!text.contains("{")) {
                keys.putIfAbsent(text.replace("''", "'"), key);
            }
        }
        return Map.copyOf(keys);
    }
}
