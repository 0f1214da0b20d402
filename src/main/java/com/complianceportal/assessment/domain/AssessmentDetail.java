package com.complianceportal.assessment.domain;

import org.jspecify.annotations.Nullable;

/**
 * Everything the detail page shows: the register row plus full stakeholders, texts and the CAPA plan.
 * {@code workflowError} is why its workflow could not start, for an assessment that a create aborted.
 */
public record AssessmentDetail(
        AssessmentSummary summary,
        @Nullable String description,
        @Nullable String overallComment,
        StakeholderDetails stakeholders,
        @Nullable CapaDetail capa,
        @Nullable WorkflowError workflowError) {
}
