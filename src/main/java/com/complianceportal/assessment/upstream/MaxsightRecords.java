package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.assessment.domain.WorkflowError;
import com.complianceportal.assessment.domain.WorkflowState;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The record that Maxsight's create answers with, as the portal's {@link CreatedAssessment}. A workflow id is not a
 * register id, so the assessment id users see stays unknown; the outcome keeps its id for the service to name it.
 */
final class MaxsightRecords {

    private static final Logger log = LoggerFactory.getLogger(MaxsightRecords.class);
    private static final Set<String> ACTIVE = Set.of("active", "running", "started", "inprogress", "pending",
            "created", "open", "new");
    private static final Set<String> CANCELLED = Set.of("cancelled", "canceled", "aborted", "terminated", "stopped");
    private static final Set<String> ERROR = Set.of("error", "errored", "failed", "failure", "faulted");

    private MaxsightRecords() {
    }

    /** The record, also when it comes wrapped in {@code data}; what it leaves out is taken from the request or now. */
    static CreatedAssessment created(JsonNode answer, NewAssessmentRequest request, OffsetDateTime now) {
        JsonNode r = Json.object(answer, "data") != null ? Json.object(answer, "data") : answer;
        var error = new WorkflowError(Fields.anyText(r, "error_message", "errorMessage"),
                Fields.anyText(r, "error_details", "errorDetails"), Fields.anyText(r, "error_step", "errorStep"),
                Fields.anyText(r, "error_type", "errorType"));
        boolean errorGiven = Stream.of(error.message(), error.details(), error.step(), error.type())
                .anyMatch(Objects::nonNull);
        OffsetDateTime createdAt = Json.moment(r, "created_at");
        String workflowInstanceId = or(Fields.text(r, "workflow_instance_id", "workflowInstanceId"), "");
        return new CreatedAssessment(
                or(Fields.text(r, "id", "assessment_id", "assessmentId"), workflowInstanceId),
                null,
                createdAt != null ? createdAt : or(Json.moment(r, "createdAt"), now),
                or(Fields.text(r, "entity_id", "entityId"), request.entityId().toString()),
                or(Fields.text(r, "template_id", "templateId"), request.templateId().toString()),
                or(Fields.text(r, "institution_id", "institutionId"), ""),
                or(Fields.text(r, "status_id", "statusId"), ""),
                null,
                Fields.text(r, "outcome_id", "outcomeId"),
                null,
                workflowInstanceId,
                state(Fields.text(r, "workflow_state", "workflowState", "state"), errorGiven),
                errorGiven ? error : null,
                false);
    }

    /** Active, Cancelled or Error in any spelling; a state not given (or unknown) is Error where an error is given. */
    static WorkflowState state(@Nullable String text, boolean errorGiven) {
        String word = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (ACTIVE.contains(word)) {
            return WorkflowState.ACTIVE;
        }
        if (CANCELLED.contains(word)) {
            return WorkflowState.CANCELLED;
        }
        WorkflowState state = ERROR.contains(word) || errorGiven ? WorkflowState.ERROR : WorkflowState.ACTIVE;
        if (!ERROR.contains(word)) {
            log.info("Maxsight gave the workflow state \"{}\"; read as {}", text, state.label());
        }
        return state;
    }

    private static <T> T or(@Nullable T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
