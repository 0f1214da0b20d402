package com.complianceportal.assessment.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of the assessment register: every field of the vendor's list item, in the portal's own words.
 * {@code id} is the execution id (UUID text), {@code assessmentId} the id users see ("100000-2").
 */
public record AssessmentSummary(
        String id,
        String assessmentId,
        String caseId,
        @Nullable String reportId,
        String status,
        String type,
        @Nullable String reason,
        @Nullable String workflowName,
        Standard standard,
        @Nullable String rating,
        @Nullable String score,
        @Nullable Integer scorePercentage,
        List<FindingCount> findings,
        int areasToImprove,
        AssessmentDates dates,
        Stakeholders stakeholders,
        @Nullable CapaSummary capa,
        @Nullable String schedulingStatus,
        OffsetDateTime updatedAt,
        Map<String, String> customFields) {

    public AssessmentSummary {
        findings = List.copyOf(findings);
        customFields = Map.copyOf(customFields);
    }

    public int totalFindings() {
        return findings.stream().mapToInt(FindingCount::count).sum();
    }
}
