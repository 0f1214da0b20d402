package com.complianceportal.assessment.upstream;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A value that undocumented vendor bodies may carry under any of several names, nested ones written with dots
 * ("address.country"): the first name that gives a value wins.
 */
final class Fields {

    private Fields() {
    }

    /** The first of {@code paths} that gives a text, a number or a boolean, as text. */
    static @Nullable String text(@Nullable JsonNode node, String... paths) {
        for (String path : paths) {
            int dot = path.lastIndexOf('.');
            String value = Json.text(dot < 0 ? node : at(node, path.substring(0, dot)), path.substring(dot + 1));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Like {@link #text}, but an object or a list is given as its JSON (error details may be either). */
    static @Nullable String anyText(@Nullable JsonNode node, String... paths) {
        for (String path : paths) {
            JsonNode value = at(node, path);
            if (value != null && value.isContainer() && !value.isEmpty()) {
                return Json.MAPPER.writeValueAsString(value);
            }
            String text = text(node, path);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** Whether any of {@code paths} says yes: true, 1, "yes". */
    static boolean yes(@Nullable JsonNode node, String... paths) {
        for (String path : paths) {
            String value = text(node, path);
            if (value != null && (value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of {@code paths} says no: false, 0, "no" (a missing value says nothing). */
    static boolean no(@Nullable JsonNode node, String... paths) {
        for (String path : paths) {
            String value = text(node, path);
            if (value != null && (value.equalsIgnoreCase("false") || value.equals("0") || value.equalsIgnoreCase("no"))) {
                return true;
            }
        }
        return false;
    }

    static @Nullable UUID uuid(@Nullable String text) {
        if (text == null || text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    /** The node at a dotted path, or null where any step is missing. */
    static @Nullable JsonNode at(@Nullable JsonNode node, String path) {
        JsonNode current = node;
        for (String step : path.split("\\.")) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(step);
        }
        return current == null || current.isNull() || current.isMissingNode() ? null : current;
    }
}
