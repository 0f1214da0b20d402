package com.complianceportal.assessment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the register's grid shows of one assessment, and the ids its detail page opens by: a register page needs
 * none of an assessment's lists (executors, partners, CAPA labels, custom fields), so a source can leave them unread.
 */
public record AssessmentRow(
        String id,
        String assessmentId,
        String caseId,
        String status,
        String type,
        String organisation,
        @Nullable String countryCode,
        @Nullable String city,
        @Nullable String requester,
        @Nullable String leadExecutor,
        Standard standard,
        @Nullable String rating,
        @Nullable Integer scorePercentage,
        List<FindingCount> findings,
        @Nullable String capaStatus,
        @Nullable LocalDate capaDue,
        @Nullable LocalDate due,
        @Nullable String reason,
        @Nullable String workflow,
        OffsetDateTime updatedAt) {

    public AssessmentRow {
        findings = List.copyOf(findings);
    }

    /** The row of {@code summary}. */
    public static AssessmentRow of(AssessmentSummary summary) {
        Stakeholders who = summary.stakeholders();
        CapaSummary capa = summary.capa();
        return new AssessmentRow(summary.id(), summary.assessmentId(), summary.caseId(), summary.status(),
                summary.type(), who.assessedOrg().displayName(), who.assessedAddress().country(),
                who.assessedAddress().city(), who.requester() == null ? null : who.requester().displayName(),
                who.leadExecutorName(), summary.standard(), summary.rating(), summary.scorePercentage(),
                summary.findings(), capa == null ? null : capa.status(), capa == null ? null : capa.dueDate(),
                summary.dates().due(), summary.reason(), summary.workflowName(), summary.updatedAt());
    }
}
