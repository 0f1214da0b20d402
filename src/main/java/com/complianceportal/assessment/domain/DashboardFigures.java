package com.complianceportal.assessment.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * The dashboard's figures. Each count equals the register total for the filter the dashboard links it to:
 * {@link AssessmentFilter#status}, {@link AssessmentFilter#withFindings}, {@link #dueSoonFilter} and
 * {@link AssessmentFilter#overdueCapas}.
 */
public record DashboardFigures(long total, Map<String, Long> byStatus, Map<Severity, SeverityFigure> findings,
        long dueNext30Days, long overdueCapas) {

    public static final int DUE_SOON_DAYS = 30;

    /** Assessments due from today up to and including today + 30 days. */
    public static AssessmentFilter dueSoonFilter(LocalDate today) {
        return AssessmentFilter.dueBetween(today, today.plusDays(DUE_SOON_DAYS));
    }

    /** Findings of one severity: how many in all, and in how many assessments. */
    public record SeverityFigure(long findings, long assessments) {
    }
}
