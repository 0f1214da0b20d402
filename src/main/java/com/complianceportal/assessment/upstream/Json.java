package com.complianceportal.assessment.upstream;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading vendor JSON the tolerant way: numbers where text is documented and text where numbers are, null and absent
 * alike, unknown fields ignored, both date forms, lists bare or wrapped. Nothing here throws on a surprising value: it
 * becomes "not given".
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** "2024-09-30T10:36:56.057000+00:00" (microseconds, offset) as well as "2024-09-30T10:36:56Z". */
    private static final DateTimeFormatter MOMENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendPattern("HH:mm[:ss]").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd().optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0).toFormatter();

    private Json() {
    }

    static JsonNode parse(String body) {
        return MAPPER.readTree(body);
    }

    /** A field as text: strings as they are, numbers and booleans written out, anything else (or nothing) null. */
    static @Nullable String text(@Nullable JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
            return null;
        }
        String text = value.isNumber() ? value.numberValue().toString() : value.asString();
        return text.isBlank() ? null : text.strip();
    }

    /** The first of {@code fields} that is given. */
    static @Nullable String text(@Nullable JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static @Nullable Integer integer(@Nullable JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(text.replace("%", "").strip()));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static boolean flag(@Nullable JsonNode node, String field) {
        String text = text(node, field);
        return text != null && (text.equalsIgnoreCase("true") || text.equals("1"));
    }

    static @Nullable OffsetDateTime moment(@Nullable JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        OffsetDateTime common = IsoMoments.parse(text);
        return common != null ? common : parsedMoment(text);
    }

    /** A moment in any form {@link #MOMENT} reads, or a date alone (its start, UTC); else null. */
    static @Nullable OffsetDateTime parsedMoment(String text) {
        try {
            return OffsetDateTime.parse(text, MOMENT);
        } catch (DateTimeParseException notAMoment) {
            try {
                return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** A calendar date: the date as the vendor wrote it, in its own offset ("…T00:00:00+08:00" is that day). */
    static @Nullable LocalDate date(@Nullable JsonNode node, String field) {
        OffsetDateTime moment = moment(node, field);
        return moment == null ? null : moment.toLocalDate();
    }

    static @Nullable JsonNode object(@Nullable JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isObject() ? value : null;
    }

    /** The elements of an array field, each read with {@code read}; elements it cannot read (null) are left out. */
    static <T> List<T> list(@Nullable JsonNode node, String field, Function<JsonNode, @Nullable T> read) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isArray() ? elements(value, read) : List.of();
    }

    /** A list body: a bare array, or an object that wraps one in {@code data}, {@code items} or {@code results}. */
    static <T> List<T> wrappedList(JsonNode root, Function<JsonNode, @Nullable T> read) {
        if (root.isArray()) {
            return elements(root, read);
        }
        for (String wrapper : List.of("data", "items", "results")) {
            JsonNode inner = root.get(wrapper);
            if (inner != null && inner.isArray()) {
                return elements(inner, read);
            }
        }
        return List.of();
    }

    /** A free-form object as text values: nested values written as JSON, nulls left out. */
    static Map<String, String> textMap(@Nullable JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        Map<String, String> out = new LinkedHashMap<>();
        if (value != null && value.isObject()) {
            for (var entry : value.properties()) {
                JsonNode v = entry.getValue();
                if (v != null && !v.isNull()) {
                    out.put(entry.getKey(), v.isValueNode() ? (v.isNumber() ? v.numberValue().toString() : v.asString())
                            : MAPPER.writeValueAsString(v));
                }
            }
        }
        return out;
    }

    private static <T> List<T> elements(JsonNode array, Function<JsonNode, @Nullable T> read) {
        List<T> out = new ArrayList<>();
        for (JsonNode element : array) {
            T item = element == null || element.isNull() ? null : read.apply(element);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }
}
