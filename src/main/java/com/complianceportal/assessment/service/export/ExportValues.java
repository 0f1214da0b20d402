package com.complianceportal.assessment.service.export;

import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.CapaSummary;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.domain.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Flattens the nested parts of a register row into single cell values. */
final class ExportValues {

    static final String SEPARATOR = "; ";

    private ExportValues() {
    }

    /** The vendor sends the score as text; a number stays a number, anything else stays text. */
    static @Nullable Object numberOrText(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    static int findings(AssessmentSummary row, Severity severity) {
        return row.findings().stream().filter(f -> f.severity() == severity).mapToInt(FindingCount::count).sum();
    }

    static @Nullable String names(List<Organisation> organisations) {
        return organisations.isEmpty() ? null
                : organisations.stream().map(Organisation::displayName).collect(Collectors.joining(SEPARATOR));
    }

    static @Nullable String labels(List<CapaSummary.Label> labels) {
        return labels.isEmpty() ? null
                : labels.stream().map(l -> l.name() + "=" + l.value()).collect(Collectors.joining(SEPARATOR));
    }

    /** Sorted by key, so that the same fields read the same in every row. */
    static @Nullable String keyValues(Map<String, String> fields) {
        return fields.isEmpty() ? null
                : new TreeMap<>(fields).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(SEPARATOR));
    }
}
