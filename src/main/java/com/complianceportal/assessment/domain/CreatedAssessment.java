package com.complianceportal.assessment.domain;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An assessment that a create produced, in the portal's words: the vendor's record with the status and outcome names
 * resolved. {@code id} is the workflow vendor's id of the assessment; {@code assessmentId} is the id users see in the
 * register ("100123-1"), and only where it is known can the portal link to the assessment's page (a workflow id is not a
 * register id). {@code repeated} says that this is the
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

    /** This result, given again for a repeated submit of the form that created it. */
    public CreatedAssessment asRepeated() {
        return new CreatedAssessment(id, assessmentId, createdAt, entityId, templateId, institutionId, statusId,
                statusName, outcomeId, outcomeName, workflowInstanceId, workflowState, error, true);
    }

    public CreatedAssessment withOutcomeName(@Nullable String name) {
        return new CreatedAssessment(id, assessmentId, createdAt, entityId, templateId, institutionId, statusId, statusName, outcomeId,
                name, workflowInstanceId, workflowState, error, repeated);
    }
}
