package com.complianceportal.assessment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The dates of an assessment's life; any of them may be missing. The window, the due date and the audit days are
 * calendar dates, the same day for everyone wherever they are; the others are moments.
 */
public record AssessmentDates(
        @Nullable LocalDate windowStart,
        @Nullable LocalDate windowEnd,
        @Nullable LocalDate due,
        @Nullable LocalDate auditStart,
        @Nullable LocalDate auditEnd,
        @Nullable OffsetDateTime started,
        @Nullable OffsetDateTime submitted,
        @Nullable OffsetDateTime completed,
        @Nullable OffsetDateTime reopened) {
}
