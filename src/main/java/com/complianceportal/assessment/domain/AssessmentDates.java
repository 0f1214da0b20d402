package com.complianceportal.assessment.domain;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** The dates of an assessment's life; any of them may be missing. */
public record AssessmentDates(
        @Nullable OffsetDateTime windowStart,
        @Nullable OffsetDateTime windowEnd,
        @Nullable OffsetDateTime due,
        @Nullable OffsetDateTime auditStart,
        @Nullable OffsetDateTime auditEnd,
        @Nullable OffsetDateTime started,
        @Nullable OffsetDateTime submitted,
        @Nullable OffsetDateTime completed,
        @Nullable OffsetDateTime reopened) {
}
