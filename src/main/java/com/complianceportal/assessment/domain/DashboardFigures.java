package com.complianceportal.assessment.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's figures. Each count equals the register total for the filter the dashboard links it to:
 * {@link AssessmentFilter#status}, {@link AssessmentFilter#withFindings}, {@link #dueSoonFilter},
 * {@link AssessmentFilter#overdue} and {@link AssessmentFilter#overdueCapas}.
 */
public record DashboardFigures(long total, Map<String, Long> byStatus, Map<Severity, SeverityFigure> findings,
        long dueNext30Days, long overdue, long overdueCapas) {

    public static final int DUE_SOON_DAYS = 30;

    /** Open assessments due from today up to and including today + 30 days. */
    public static AssessmentFilter dueSoonFilter(LocalDate today) {
        return AssessmentFilter.dueBetween(today, today.plusDays(DUE_SOON_DAYS))
                .withStatuses(Set.copyOf(AssessmentVocabulary.OPEN_STATUSES));
    }

    /** Findings of one severity: how many in all, and in how many assessments. */
    public record SeverityFigure(long findings, long assessments) {
    }
}
