package com.complianceportal.assessment.service.export;

import com.complianceportal.assessment.domain.AssessmentSummary;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One column of an export: its header and how to read it from a row. Values are {@link String}, {@link Number},
 * {@link java.time.OffsetDateTime} (written in UTC) or {@link java.time.LocalDate} (a calendar date, written as it
 * is), or null for an empty cell.
 */
public record ExportColumn(String header, Function<AssessmentSummary, @Nullable Object> value) {
}
