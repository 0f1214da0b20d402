package com.complianceportal.assessment.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.CreationResult.Refusal;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.assessment.domain.WorkflowError;
import com.complianceportal.assessment.domain.WorkflowState;
import com.complianceportal.assessment.service.AssessmentCreationService;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.testsupport.UpstreamKeys;
import com.complianceportal.testsupport.UpstreamMode;
import com.complianceportal.testsupport.UpstreamModeTest;
import com.complianceportal.testsupport.VendorStub;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** Creating an assessment in Maxsight: one POST per request key, never repeated, its record and refusals read. */
@UpstreamModeTest
@WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
class MaxsightCreateIT implements UpstreamMode {

    static final String KEY = "assessor-maxsight-key-0c4e";
    static final String CREATE = "/v5/assessments";
    static final UUID ENTITY = UUID.fromString("8161163a-f227-466f-bc01-090a01e80165");
    static final UUID TEMPLATE = UUID.fromString("c6d67e98-83ea-49f0-8812-e4abae2b68bc");
    /** The vendor's own example answer. */
    static final String RECORD = """
            {"created_at": "2019-08-24T14:15:22Z", "entity_id": "8161163a-f227-466f-bc01-090a01e80165",
             "error_details": null, "error_message": null, "error_step": null, "error_type": null,
             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08", "institution_id": "c75f2c73-5ae4-4f1c-99c0-fc726cd41798",
             "outcome_id": "0323e489-6bf9-4b68-9c8d-5674f46921e4", "status_id": "4e949624-bc0f-439e-a9f2-25a23938812c",
             "template_id": "c6d67e98-83ea-49f0-8812-e4abae2b68bc",
             "workflow_instance_id": "46ff49d0-5f69-46b0-9de7-5703639a02ce", "workflow_state": "Active"}""";

    @Autowired
    AssessmentCreationService creation;
    @Autowired
    ApplicationContext context;

    final WireMockServer vendor = VendorStub.server();

    @BeforeEach
    void assessorHasAKey() {
        UpstreamKeys.give(context, "assessor", Upstream.MAXSIGHT, KEY);
    }

    private static NewAssessmentRequest request() {
        return new NewAssessmentRequest(ENTITY, TEMPLATE, UUID.randomUUID());
    }

    private CreatedAssessment created(CreationResult result) {
        assertThat(result).isInstanceOf(CreationResult.Created.class);
        return ((CreationResult.Created) result).assessment();
    }

    private void answerCreateWith(ResponseDefinitionBuilder answer) {
        vendor.stubFor(post(CREATE).willReturn(answer));
    }

    @Test
    void a_create_posts_the_entity_and_template_once_with_the_users_key_and_reads_the_record() {
        answerCreateWith(okJson(RECORD).withStatus(201));
        vendor.stubFor(get("/v5/outcomes/0323e489-6bf9-4b68-9c8d-5674f46921e4")
                .willReturn(okJson("{\"id\": \"0323e489-6bf9-4b68-9c8d-5674f46921e4\", \"name\": \"Pending\"}")));

        CreatedAssessment created = created(creation.create(request()));

        assertThat(created.id()).isEqualTo("497f6eca-6276-4993-bfeb-53cbbbba6f08");
        assertThat(created.assessmentId()).as("a workflow id is not a register id").isNull();
        assertThat(created.createdAt()).isEqualTo(OffsetDateTime.parse("2019-08-24T14:15:22Z"));
        assertThat(created.institutionId()).isEqualTo("c75f2c73-5ae4-4f1c-99c0-fc726cd41798");
        assertThat(created.statusId()).isEqualTo("4e949624-bc0f-439e-a9f2-25a23938812c");
        assertThat(created.outcomeId()).isEqualTo("0323e489-6bf9-4b68-9c8d-5674f46921e4");
        assertThat(created.outcomeName()).isEqualTo("Pending");
        assertThat(created.workflowInstanceId()).isEqualTo("46ff49d0-5f69-46b0-9de7-5703639a02ce");
        assertThat(created.workflowState()).isEqualTo(WorkflowState.ACTIVE);
        assertThat(created.error()).isNull();
        vendor.verify(1, postRequestedFor(urlEqualTo(CREATE)).withHeader("apikey", equalTo(KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"entity_id\": \"" + ENTITY + "\", \"template_id\": \"" + TEMPLATE
                        + "\"}")));
    }

    @Test
    void a_workflow_in_error_keeps_its_message_details_step_and_type() {
        answerCreateWith(okJson("""
                {"id": "497f6eca-6276-4993-bfeb-53cbbbba6f08", "workflow_state": "Error",
                 "error_message": "Workflow definition not published", "error_details": {"definition": "v3"},
                 "error_step": "Start workflow", "error_type": "WorkflowDefinitionNotPublished",
                 "outcome_id": null, "trace": [1, 2]}"""));

        CreatedAssessment created = created(creation.create(request()));

        assertThat(created.workflowState()).isEqualTo(WorkflowState.ERROR);
        assertThat(created.error()).isEqualTo(new WorkflowError("Workflow definition not published",
                "{\"definition\":\"v3\"}", "Start workflow", "WorkflowDefinitionNotPublished"));
        assertThat(created.outcomeId()).isNull();
        assertThat(created.outcomeName()).isNull();
        assertThat(vendor.findAll(getRequestedFor(urlEqualTo("/v5/outcomes/null")))).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" (error given: {1}) is {2}")
    @CsvSource({"Active, false, ACTIVE", "ACTIVE, false, ACTIVE", "running, false, ACTIVE",
            "Cancelled, false, CANCELLED", "canceled, false, CANCELLED", "CANCELED, false, CANCELLED",
            "Error, false, ERROR", "failed, false, ERROR", "'', true, ERROR", "'', false, ACTIVE",
            "Suspended, true, ERROR", "Suspended, false, ACTIVE"})
    void workflow_states_in_any_spelling_are_read(String state, boolean errorGiven, WorkflowState expected) {
        answerCreateWith(okJson("{\"id\": \"497f6eca-6276-4993-bfeb-53cbbbba6f08\""
                + (state.isEmpty() ? "" : ", \"workflow_state\": \"" + state + "\"")
                + (errorGiven ? ", \"error_message\": \"Step failed\"" : "") + "}"));

        assertThat(created(creation.create(request())).workflowState()).isEqualTo(expected);
    }

    @Test
    void a_record_wrapped_in_data_with_camel_case_nulls_and_unknown_fields_is_read() {
        answerCreateWith(okJson("""
                {"data": {"id": "497f6eca-6276-4993-bfeb-53cbbbba6f08", "createdAt": "2024-09-30T10:36:56.057000+00:00",
                 "workflowInstanceId": "46ff49d0-5f69-46b0-9de7-5703639a02ce", "workflowState": "Active",
                 "institution_id": null, "custom": {"a": 1}}, "meta": {"request_id": "x"}}"""));

        CreatedAssessment created = created(creation.create(request()));

        assertThat(created.id()).isEqualTo("497f6eca-6276-4993-bfeb-53cbbbba6f08");
        assertThat(created.createdAt()).isEqualTo(OffsetDateTime.parse("2024-09-30T10:36:56.057Z"));
        assertThat(created.workflowInstanceId()).isEqualTo("46ff49d0-5f69-46b0-9de7-5703639a02ce");
        assertThat(created.entityId()).as("taken from the request").isEqualTo(ENTITY.toString());
        assertThat(created.templateId()).isEqualTo(TEMPLATE.toString());
        assertThat(created.institutionId()).isEmpty();
    }

    @Test
    void a_404_is_a_refusal_in_the_vendors_words() {
        answerCreateWith(aResponse().withStatus(404).withBody("{\"message\": \"Template not found\"}"));

        assertThat(creation.create(request()))
                .isEqualTo(new CreationResult.VendorRefused(Refusal.NOT_FOUND, "Template not found"));
    }

    @Test
    void a_409_is_a_conflict_in_the_vendors_words() {
        answerCreateWith(aResponse().withStatus(409).withBody(
                "{\"errorCode\": \"CONFLICT\", \"message\": \"Assessment of this type exists\"}"));

        assertThat(creation.create(request()))
                .isEqualTo(new CreationResult.VendorRefused(Refusal.CONFLICT, "Assessment of this type exists"));
        vendor.verify(1, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void a_repeated_submit_with_the_same_request_key_sends_no_second_post() {
        answerCreateWith(okJson(RECORD));
        vendor.stubFor(get(urlEqualTo("/v5/outcomes/0323e489-6bf9-4b68-9c8d-5674f46921e4"))
                .willReturn(okJson("{\"name\": \"Pending\"}")));
        NewAssessmentRequest request = request();

        CreatedAssessment first = created(creation.create(request));
        CreatedAssessment again = created(creation.create(request));

        assertThat(again.repeated()).isTrue();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.outcomeName()).isEqualTo("Pending");
        vendor.verify(1, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void a_repeated_submit_after_a_refusal_gets_the_refusal_again_without_a_second_post() {
        answerCreateWith(aResponse().withStatus(409).withBody("{\"message\": \"exists\"}"));
        NewAssessmentRequest request = request();

        creation.create(request);
        assertThat(creation.create(request)).isEqualTo(new CreationResult.VendorRefused(Refusal.CONFLICT, "exists"));
        vendor.verify(1, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void a_500_is_sent_once_and_stays_a_failure() {
        answerCreateWith(aResponse().withStatus(500));

        assertThatThrownBy(() -> creation.create(request())).isInstanceOf(SourceFailure.Unavailable.class);
        vendor.verify(1, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void a_503_and_a_429_with_retry_after_are_sent_once_too() {
        answerCreateWith(aResponse().withStatus(503).withHeader("Retry-After", "1"));
        assertThatThrownBy(() -> creation.create(request())).isInstanceOf(SourceFailure.Unavailable.class);

        answerCreateWith(aResponse().withStatus(429).withHeader("Retry-After", "1"));
        assertThatThrownBy(() -> creation.create(request())).isInstanceOf(SourceFailure.Busy.class);

        vendor.verify(2, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void a_timeout_is_sent_once_and_stays_a_failure() {
        answerCreateWith(okJson(RECORD).withFixedDelay(1_500));

        assertThatThrownBy(() -> creation.create(request())).isInstanceOf(SourceFailure.TimedOut.class);
        vendor.verify(1, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void a_dropped_connection_is_sent_once_and_stays_a_failure() {
        answerCreateWith(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThatThrownBy(() -> creation.create(request())).isInstanceOf(SourceFailure.Unavailable.class);
        vendor.verify(1, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void a_401_is_a_rejected_key_and_nothing_was_created() {
        answerCreateWith(aResponse().withStatus(401));

        assertThatThrownBy(() -> creation.create(request())).isInstanceOf(SourceFailure.KeyRejected.class);
        vendor.verify(1, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void an_outcome_that_cannot_be_named_leaves_the_created_assessment_as_it_is() {
        answerCreateWith(okJson(RECORD));
        vendor.stubFor(get(urlEqualTo("/v5/outcomes/0323e489-6bf9-4b68-9c8d-5674f46921e4"))
                .willReturn(aResponse().withStatus(500)));

        CreatedAssessment created = created(creation.create(request()));

        assertThat(created.outcomeId()).isEqualTo("0323e489-6bf9-4b68-9c8d-5674f46921e4");
        assertThat(created.outcomeName()).isNull();
    }

    @Test
    void an_outcome_maxsight_does_not_know_has_no_name_and_is_asked_for_once() {
        answerCreateWith(okJson(RECORD));
        vendor.stubFor(get(urlEqualTo("/v5/outcomes/0323e489-6bf9-4b68-9c8d-5674f46921e4"))
                .willReturn(aResponse().withStatus(404)));

        assertThat(created(creation.create(request())).outcomeName()).isNull();
        assertThat(created(creation.create(request())).outcomeName()).isNull();
        vendor.verify(1, getRequestedFor(urlEqualTo("/v5/outcomes/0323e489-6bf9-4b68-9c8d-5674f46921e4")));
    }
}
