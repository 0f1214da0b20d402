package com.complianceportal.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.user.service.CurrentUser;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;

/** One click, one create, whatever starts it: the request key is the service's, in both modes. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:portal-create-requests;DB_CLOSE_DELAY=-1")
@WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
class CreateRequestsIT {

    @Autowired
    AssessmentCatalogue catalogue;
    @Autowired
    WorkflowStarter localStarter;
    @Autowired
    CreateRequests requests;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    CreateAudit createAudit;
    @Autowired
    AuditEventRepository audit;

    private AssessmentCreationService with(WorkflowStarter starter) {
        return new AssessmentCreationService(catalogue, starter, requests, currentUser, events, createAudit);
    }

    private NewAssessmentRequest request(int entity) {
        return new NewAssessmentRequest(catalogue.entities("", 30 + entity, 1).getFirst().id(),
                catalogue.templates().getFirst().id(), UUID.randomUUID());
    }

    @Test
    void a_vendor_refusal_is_kept_and_a_repeated_submit_gets_it_without_a_second_start() {
        AtomicInteger starts = new AtomicInteger();
        var refused = new CreationResult.VendorRefused(CreationResult.Refusal.CONFLICT, "already exists");
        AssessmentCreationService service = with((request, user) -> {
            starts.incrementAndGet();
            return refused;
        });
        NewAssessmentRequest request = request(0);

        assertThat(service.create(request)).isEqualTo(refused);
        assertThat(service.create(request)).isEqualTo(refused);
        assertThat(starts).hasValue(1);
    }

    @Test
    void a_create_that_fails_without_a_result_frees_its_key_for_another_try() {
        NewAssessmentRequest request = request(1);
        AssessmentCreationService failing = with((r, user) -> {
            throw new IllegalStateException("the vendor could not be reached");
        });

        assertThatThrownBy(() -> failing.create(request)).hasMessageContaining("could not be reached");

        CreationResult second = with(localStarter).create(request);
        assertThat(second).isInstanceOf(CreationResult.Created.class);
        assertThat(((CreationResult.Created) second).assessment().repeated()).isFalse();
    }

    @Test
    void a_key_cannot_be_used_for_another_entity() {
        NewAssessmentRequest first = request(2);
        AssessmentCreationService service = with((r, user) -> new CreationResult.EntityNotFound(r.entityId()));
        service.create(first);
        NewAssessmentRequest other = new NewAssessmentRequest(request(3).entityId(), first.templateId(),
                first.requestKey());

        assertThatThrownBy(() -> service.create(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_create_in_local_mode_is_audited_with_its_outcome_and_a_repeated_submit_is_not() {
        NewAssessmentRequest refusedRequest = request(4);
        with((r, user) -> new CreationResult.EntityNotFound(r.entityId())).create(refusedRequest);
        NewAssessmentRequest failingRequest = request(5);
        assertThatThrownBy(() -> with((r, user) -> {
            throw new IllegalStateException("the database refused the write");
        }).create(failingRequest)).isInstanceOf(IllegalStateException.class);
        NewAssessmentRequest createdRequest = request(6);
        var local = with(localStarter);
        var created = ((CreationResult.Created) local.create(createdRequest)).assessment();
        local.create(createdRequest);

        List<AuditEvent> entries = audit.findByUsernameOrderByOccurredAtDesc("assessor");
        AuditEvent createdEntry = entries.getFirst();
        assertThat(createdEntry.action()).isEqualTo(AuditAction.ASSESSMENT_CREATED);
        assertThat(createdEntry.target()).isEqualTo(created.assessmentId()).isNotNull();
        assertThat(createdEntry.detail()).contains("mode=local", "entity=" + createdRequest.entityId(),
                "template=" + createdRequest.templateId(), "outcome=");
        assertThat(audit.findByTargetOrderByOccurredAtDesc(created.assessmentId())).as("the repeat is not recorded")
                .hasSize(1);
        assertThat(audit.findByTargetOrderByOccurredAtDesc(refusedRequest.entityId().toString()))
                .extracting(AuditEvent::action).containsExactly(AuditAction.ASSESSMENT_CREATE_REFUSED);
        assertThat(audit.findByTargetOrderByOccurredAtDesc(refusedRequest.entityId().toString()).getFirst().detail())
                .contains("outcome=refused: entity not found");
        AuditEvent failed = audit.findByTargetOrderByOccurredAtDesc(failingRequest.entityId().toString()).getFirst();
        assertThat(failed.action()).isEqualTo(AuditAction.ASSESSMENT_CREATE_FAILED);
        assertThat(failed.detail()).contains("outcome=failed: IllegalStateException")
                .as("an exception's message may hold anything: it is left out").doesNotContain("refused the write");
    }
}
