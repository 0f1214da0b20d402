package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.i18n.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads untrusted query parameters into a {@link RegisterQuery}, keeping what is valid and naming the rest with the
 * reason, in words a user can act on. It applies the same rules as the filter fields: a due range that ends before it
 * starts is refused here as it is there.
 */
final class RegisterQueryParser {

    private static final int MAX_TEXT = 200;
    private static final int MAX_SHOWN = 40;
    /** Values the notice repeats; anything else (markup, long sentences from a crafted link) is named by key only. */
    private static final Pattern SHOWN = Pattern.compile("[\\p{L}\\p{N} :,._-]{1," + MAX_SHOWN + "}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} .,:/()&'+_-]{1,100}");

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 9999;

    private final Map<String, List<String>> parameters;
    private final List<String> ignored = new ArrayList<>();

    RegisterQueryParser(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    RegisterQuery parse() {
        parameters.keySet().stream().filter(key -> !RegisterQuery.KEYS.contains(key)).sorted()
                .forEach(key -> ignore(key, null, Texts.t("assessment.registerQueryParser.notARegisterFilter")));
        String text = first(RegisterQuery.TEXT);
        if (text != null && text.length() > MAX_TEXT) {
            ignore(RegisterQuery.TEXT, text, Texts.t("assessment.registerQueryParser.longerThanCharacters", MAX_TEXT));
            text = null;
        }
        LocalDate from = date(RegisterQuery.DUE_FROM);
        LocalDate to = date(RegisterQuery.DUE_TO);
        if (from != null && to != null && to.isBefore(from)) {
            ignore(RegisterQuery.DUE_TO, to.toString(), Texts.t("assessment.registerQueryParser.before",
                    RegisterQuery.DUE_FROM));
            to = null;
        }
        var filter = new AssessmentFilter(text, statuses(),
                oneOf(RegisterQuery.TYPE, AssessmentVocabulary.TYPES, Texts.t("enum.FilterKind.TYPE")),
                        plain(RegisterQuery.STANDARD), plain(RegisterQuery.RATING), country(),
                oneOf(RegisterQuery.CAPA_STATUS, AssessmentVocabulary.CAPA_STATUSES,
                        Texts.t("enum.FilterKind.CAPA_STATUS")), from, to,
                flag(RegisterQuery.OVERDUE), severity(), flag(RegisterQuery.CAPA_OVERDUE));
        return new RegisterQuery(filter, sort(), ignored);
    }

    private @Nullable String first(String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }

    private void ignore(String key, @Nullable String value, String reason) {
        String shown = value == null || !SHOWN.matcher(value).matches() ? key : key + "=" + value;
        ignored.add(shown + " (" + reason + ")");
    }

    private Set<String> statuses() {
        Set<String> statuses = new LinkedHashSet<>();
        for (String s : parameters.getOrDefault(RegisterQuery.STATUS, List.of())) {
            for (String part : s.split(",")) {
                if (AssessmentVocabulary.STATUSES.contains(part.strip())) {
                    statuses.add(part.strip());
                } else if (!part.isBlank()) {
                    ignore(RegisterQuery.STATUS, part.strip(), Texts.t("assessment.registerQueryParser.notAStatus"));
                }
            }
        }
        return statuses;
    }

    private @Nullable String oneOf(String key, List<String> allowed, String what) {
        String value = first(key);
        if (value != null && !allowed.contains(value)) {
            ignore(key, value, Texts.t("assessment.registerQueryParser.notA", what));
            return null;
        }
        return value;
    }

    private @Nullable String plain(String key) {
        String value = first(key);
        if (value != null && !PLAIN.matcher(value).matches()) {
            ignore(key, value, Texts.t("assessment.registerQueryParser.containsCharactersNoValue"));
            return null;
        }
        return value;
    }

    private @Nullable String country() {
        String value = first(RegisterQuery.COUNTRY);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            ignore(RegisterQuery.COUNTRY, value, Texts.t("assessment.registerQueryParser.notATwoLetter"));
            return null;
        }
        return code;
    }

    /**
     * A date like 2026-12-31 between the years {@value #MIN_YEAR} and {@value #MAX_YEAR}: what a date picker can show
     * and the database can store; anything else (year 0, +999999999-12-31) is not understood.
     */
    private @Nullable LocalDate date(String key) {
        String value = first(key);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // Reported below, like a date out of range.
        }
        ignore(key, value, Texts.t("assessment.registerQueryParser.notADateLike"));
        return null;
    }

    private boolean flag(String key) {
        String value = first(key);
        if (value != null && !value.equals("true") && !value.equals("false")) {
            ignore(key, value, Texts.t("assessment.registerQueryParser.neitherTrueNorFalse"));
        }
        return "true".equals(value);
    }

    private @Nullable Severity severity() {
        String value = first(RegisterQuery.SEVERITY);
        Severity severity = value == null ? null : Severity.fromLabel(value);
        if (severity == Severity.OTHER && !"Other".equalsIgnoreCase(value)) {
            ignore(RegisterQuery.SEVERITY, value, Texts.t("assessment.registerQueryParser.notAFindingSeverity"));
            return null;
        }
        return severity;
    }

    private List<AssessmentSort> sort() {
        String value = first(RegisterQuery.SORT);
        List<AssessmentSort> sorts = new ArrayList<>();
        if (value == null) {
            return sorts;
        }
        for (String part : value.split(",")) {
            String[] keyAndDirection = part.strip().split(":", 2);
            String direction = keyAndDirection.length > 1 ? keyAndDirection[1] : "asc";
            var field = AssessmentSort.Field.fromKey(keyAndDirection[0]);
            boolean duplicate = field.isPresent() && sorts.stream().anyMatch(s -> s.field() == field.get());
            if (field.isEmpty()) {
                ignore(RegisterQuery.SORT, part.strip(), Texts.t("assessment.registerQueryParser.noSuchColumn"));
            } else if (duplicate || !(direction.equals("asc") || direction.equals("desc"))) {
                ignore(RegisterQuery.SORT, part.strip(), duplicate
                        ? Texts.t("assessment.registerQueryParser.sortedTwice")
                        : Texts.t("assessment.registerQueryParser.directionIsAscOr"));
            } else {
                sorts.add(new AssessmentSort(field.get(), direction.equals("desc")));
            }
        }
        return sorts;
    }
}
