package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.CreationResult.Refusal;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.assessment.service.WorkflowStarter;
import com.complianceportal.base.failure.SourceFailure;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Creates the assessment in Maxsight, which starts its workflow, with the signed-in user's key: one POST, never
 * repeated, not even after a timeout (a second POST could create a second assessment). Maxsight's 404 and 409 are
 * refusals with its own words; every other failure stays a {@link SourceFailure}.
 */
@Component
@ConditionalOnProperty(name = "portal.source", havingValue = "upstream")
class MaxsightWorkflowStarter implements WorkflowStarter {

    private static final Logger log = LoggerFactory.getLogger(MaxsightWorkflowStarter.class);

    private final MaxsightApi api;
    private final Clock clock;

    MaxsightWorkflowStarter(MaxsightApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    @Override
    public CreationResult start(NewAssessmentRequest request, String requestedBy) {
        JsonNode answer;
        try {
            answer = api.create(request.entityId(), request.templateId());
        } catch (SourceFailure.Refused refused) {
            return switch (refused.status()) {
                case 404 -> new CreationResult.VendorRefused(Refusal.NOT_FOUND, refused.vendorMessage());
                case 409 -> new CreationResult.VendorRefused(Refusal.CONFLICT, refused.vendorMessage());
                default -> throw refused;
            };
        }
        CreatedAssessment created = MaxsightRecords.created(answer, request, OffsetDateTime.now(clock));
        log.info("Maxsight created assessment {} (workflow {}, {}) for {}", created.id(), created.workflowInstanceId(),
                created.workflowState().label(), requestedBy);
        return new CreationResult.Created(created);
    }
}
