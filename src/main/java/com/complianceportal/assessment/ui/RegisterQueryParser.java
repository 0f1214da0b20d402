package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads untrusted query parameters into a {@link RegisterQuery}, keeping what is valid and naming the rest. */
final class RegisterQueryParser {

    private static final int MAX_TEXT = 200;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} .,:/()&'+_-]{1,100}");

    private final Map<String, List<String>> parameters;
    private final List<String> ignored = new ArrayList<>();

    RegisterQueryParser(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    RegisterQuery parse() {
        String text = first(RegisterQuery.TEXT);
        if (text != null && text.length() > MAX_TEXT) {
            ignored.add(RegisterQuery.TEXT);
            text = null;
        }
        Set<String> statuses = new LinkedHashSet<>();
        for (String s : parameters.getOrDefault(RegisterQuery.STATUS, List.of())) {
            for (String part : s.split(",")) {
                if (AssessmentVocabulary.STATUSES.contains(part.strip())) {
                    statuses.add(part.strip());
                } else if (!part.isBlank()) {
                    ignore(RegisterQuery.STATUS);
                }
            }
        }
        String type = oneOf(RegisterQuery.TYPE, AssessmentVocabulary.TYPES);
        String capaStatus = oneOf(RegisterQuery.CAPA_STATUS, AssessmentVocabulary.CAPA_STATUSES);
        String country = matching(RegisterQuery.COUNTRY, COUNTRY);
        var filter = new AssessmentFilter(text, statuses, type, matching(RegisterQuery.STANDARD, PLAIN),
                matching(RegisterQuery.RATING, PLAIN), country, capaStatus, date(RegisterQuery.DUE_FROM),
                date(RegisterQuery.DUE_TO), flag(RegisterQuery.OVERDUE), severity(), flag(RegisterQuery.CAPA_OVERDUE));
        return new RegisterQuery(filter, sort(), ignored);
    }

    private @Nullable String first(String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }

    private void ignore(String key) {
        if (!ignored.contains(key)) {
            ignored.add(key);
        }
    }

    private @Nullable String oneOf(String key, List<String> allowed) {
        String value = first(key);
        if (value != null && !allowed.contains(value)) {
            ignore(key);
            return null;
        }
        return value;
    }

    private @Nullable String matching(String key, Pattern pattern) {
        String value = first(key);
        if (value != null && !pattern.matcher(value).matches()) {
            ignore(key);
            return null;
        }
        return value;
    }

    private @Nullable LocalDate date(String key) {
        String value = first(key);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            ignore(key);
            return null;
        }
    }

    private boolean flag(String key) {
        String value = first(key);
        if (value != null && !value.equals("true") && !value.equals("false")) {
            ignore(key);
        }
        return "true".equals(value);
    }

    private @Nullable Severity severity() {
        String value = first(RegisterQuery.SEVERITY);
        Severity severity = value == null ? null : Severity.fromLabel(value);
        if (severity == Severity.OTHER && !"Other".equalsIgnoreCase(value)) {
            ignore(RegisterQuery.SEVERITY);
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
            if (field.isEmpty() || duplicate || !(direction.equals("asc") || direction.equals("desc"))) {
                ignore(RegisterQuery.SORT);
            } else {
                sorts.add(new AssessmentSort(field.get(), direction.equals("desc")));
            }
        }
        return sorts;
    }
}
