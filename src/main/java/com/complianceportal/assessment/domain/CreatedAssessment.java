package com.complianceportal.assessment.domain;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An assessment that a create produced, in the portal's words: the vendor's record with the status and outcome names
 * resolved. {@code id} is also the id of its register row (the detail page), {@code assessmentId} the id users see
 * there ("100123-1") where known. {@code repeated} says that this is the
 * result of an earlier submit of the same form, returned again instead of creating a second assessment.
 */
public record CreatedAssessment(
        String id,
        @Nullable String assessmentId,
        OffsetDateTime createdAt,
        String entityId,
        String templateId,
        String institutionId,
        String statusId,
        @Nullable String statusName,
        @Nullable String outcomeId,
        @Nullable String outcomeName,
        String workflowInstanceId,
        WorkflowState workflowState,
        @Nullable WorkflowError error,
        boolean repeated) {

    public CreatedAssessment withOutcomeName(@Nullable String name) {
        return new CreatedAssessment(id, assessmentId, createdAt, entityId, templateId, institutionId, statusId, statusName, outcomeId,
                name, workflowInstanceId, workflowState, error, repeated);
    }
}
