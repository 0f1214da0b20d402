package com.complianceportal.i18n;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key of each English text, so that a message written by a service can be shown in the reader's language: fixed
 * texts by their words, and the services' texts with values in them ({@code service.*} keys with {@code {0}}...) by
 * their words around the values, which are passed on as they were written.
 */
final class EnglishTexts {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)\\}");

    static final Map<String, String> KEYS = keys();
    static final List<Template> TEMPLATES = templates();

    /** A service text with values: its words as a pattern, the values as its groups in the order of their numbers. */
    record Template(Pattern english, List<Integer> order, String key) {

        /** The values of {@code text} in parameter order, when it is this template's text. */
        Optional<Object[]> values(String text) {
            Matcher matcher = english.matcher(text);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            Object[] values = new Object[order.size()];
            for (int group = 0; group < order.size(); group++) {
                values[order.get(group)] = matcher.group(group + 1);
            }
            return Optional.of(values);
        }
    }

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

    private static List<Template> templates() {
        ResourceBundle english = PortalTranslations.bundle(Locale.ENGLISH);
        List<Template> templates = new ArrayList<>();
        for (String key : english.keySet()) {
            String text = english.getString(key).replace("''", "'");
            if (key.startsWith("service.") && PARAMETER.matcher(text).find()) {
                StringBuilder regex = new StringBuilder();
                List<Integer> order = new ArrayList<>();
                Matcher parameter = PARAMETER.matcher(text);
                int at = 0;
                while (parameter.find()) {
                    regex.append(Pattern.quote(text.substring(at, parameter.start()))).append("(.+?)");
                    order.add(Integer.parseInt(parameter.group(1)));
                    at = parameter.end();
                }
                regex.append(Pattern.quote(text.substring(at)));
                templates.add(new Template(Pattern.compile(regex.toString()), List.copyOf(order), key));
            }
        }
        return List.copyOf(templates);
    }
}
