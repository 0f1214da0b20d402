package com.complianceportal.assessment.upstream;

import static com.complianceportal.assessment.upstream.RiseStub.HEADER;
import static com.complianceportal.assessment.upstream.RiseStub.ONE;
import static com.complianceportal.assessment.upstream.RiseStub.SEARCH;
import static com.complianceportal.assessment.upstream.RiseStub.VIEWER_KEY;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.CapaDetail;
import com.complianceportal.assessment.domain.ContactPerson;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.domain.StakeholderDetails;
import com.complianceportal.base.failure.SourceFailure;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** GET /api/v1/assessments/{assessment_id}?capa_details=true as the detail page uses it. */
@RiseUpstreamTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class RiseDetailContractIT {

    static final String EXECUTION_ID = "5c40e755-3ab0-4fa9-9a44-f76a95f0e87d";

    @Autowired
    ApplicationContext context;
    @Autowired
    RiseAssessmentSource source;
    WireMockServer rise;

    @BeforeEach
    void freshStub() {
        rise = RiseStub.fresh(context);
    }

    private void answer(String executionId, ResponseDefinitionBuilder response) {
        rise.stubFor(get(urlPathEqualTo(ONE + executionId)).withQueryParam("capa_details", equalTo("true"))
                .willReturn(response));
    }

    private int requests() {
        return rise.findAll(anyRequestedFor(anyUrl())).size();
    }

    @Test
    void the_detail_example_becomes_the_detail_page_with_full_stakeholders_and_the_capa_plan() {
        answer(EXECUTION_ID, okJson(RiseStub.example("detail-example.json")));

        AssessmentDetail detail = source.find(EXECUTION_ID).orElseThrow();

        rise.verify(1, getRequestedFor(urlPathEqualTo(ONE + EXECUTION_ID)).withQueryParam("capa_details",
                equalTo("true")).withHeader(HEADER, equalTo(VIEWER_KEY)));
        assertThat(detail.summary().assessmentId()).isEqualTo("100000-2");
        assertThat(detail.summary().findings()).containsExactly(new FindingCount(Severity.CRITICAL, 5),
                new FindingCount(Severity.MINOR, 2));
        assertThat(detail.summary().dates().windowStart()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(detail.summary().dates().completed()).isNull();
        assertThat(detail.summary().stakeholders().leadExecutorName()).isEqualTo("Audit Partners Ltd");
        assertThat(detail.summary().customFields()).containsEntry("season", "SS25").containsEntry("audits", "3");
        assertThat(detail.description()).isEqualTo("Annual audit for supplier compliance");
        assertThat(detail.overallComment()).isEqualTo("Input Manually\nasds\nasd\n".strip());

        StakeholderDetails stakeholders = detail.stakeholders();
        assertThat(stakeholders.assessedOrg().address()).isEqualTo(new Address("59 Xa lo Ha Noi", "Ho Chi Minh City",
                "70000", "Ho Chi Minh", "VN"));
        assertThat(stakeholders.assessedOrg().contacts()).containsExactly(new ContactPerson("Nguyen Van A",
                "Factory Manager", "a.nguyen@example.com", "84912345678"));
        assertThat(stakeholders.requester().organisation().name()).isEqualTo("Brand Co");
        assertThat(stakeholders.requester().contacts().getFirst().phone()).isEqualTo("+1 555 0100");
        assertThat(stakeholders.executors()).hasSize(2);
        StakeholderDetails.Executor lead = stakeholders.executors().getFirst();
        assertThat(lead.lead()).isTrue();
        assertThat(lead.ableToSubmit()).isTrue();
        assertThat(lead.placeholder()).isFalse();
        assertThat(lead.assignedRoles()).containsExactly("Lead Auditor", "3P ASP");
        assertThat(lead.party().contacts().getFirst().phone()).as("a number on the wire").isEqualTo("1234567890");
        StakeholderDetails.Executor placeholder = stakeholders.executors().get(1);
        assertThat(placeholder.placeholder()).isTrue();
        assertThat(placeholder.party().organisation().displayName()).isEqualTo("E124");
        assertThat(stakeholders.selectedPartners()).singleElement().satisfies(partner -> {
            assertThat(partner.organisation().orgId()).isEqualTo("partner123");
            assertThat(partner.contacts().getFirst().phone()).isEqualTo("5550101");
        });

        CapaDetail capa = detail.capa();
        assertThat(capa.summary().status()).isEqualTo("In-Progress");
        assertThat(capa.summary().dueDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(capa.createdAt()).isEqualTo(OffsetDateTime.parse("2025-12-01T09:00:00Z"));
        assertThat(capa.updatedAt()).isEqualTo(OffsetDateTime.parse("2025-12-12T10:48:07.191Z"));
        assertThat(capa.approvedAt()).isNull();
        assertThat(capa.areasToImprove()).containsExactly(new CapaDetail.AreaToImprove("RI0DCKDYR0",
                "The general condition of the dormitories need improvement.", "Drinking Water",
                "The facility needs better ventilation", true, "Install new equipment", "new", "John Doe",
                LocalDate.of(2025, 12, 15)));
        assertThat(detail.workflowError()).isNull();
    }

    @Test
    void an_assessment_rise_does_not_know_is_not_found() {
        answer(EXECUTION_ID, aResponse().withStatus(404)
                .withBody("{\"errorCode\":\"NotFound\",\"message\":\"Assessment not found\"}"));

        assertThat(source.find(EXECUTION_ID)).isEmpty();
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void an_answer_without_data_is_not_found() {
        answer(EXECUTION_ID, okJson("{\"data\":null}"));

        assertThat(source.find(EXECUTION_ID)).isEmpty();
    }

    @Test
    void refusals_are_passed_on_with_rises_words() {
        answer(EXECUTION_ID, aResponse().withStatus(400)
                .withBody("{\"errorCode\":\"Generic\",\"message\":\"Bad Request\"}"));
        answer("6c40e755-3ab0-4fa9-9a44-f76a95f0e87d", aResponse().withStatus(422).withBody(
                "{\"errorCode\":\"Generic\",\"message\":\"Validation error\",\"errors\":{\"id\":[\"bad\"]}}"));

        assertThatThrownBy(() -> source.find(EXECUTION_ID)).isInstanceOfSatisfying(SourceFailure.Refused.class,
                refused -> assertThat(refused.vendorMessage()).isEqualTo("Bad Request"));
        assertThatThrownBy(() -> source.find("6c40e755-3ab0-4fa9-9a44-f76a95f0e87d"))
                .isInstanceOfSatisfying(SourceFailure.Refused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(422);
                    assertThat(refused.vendorMessage()).isEqualTo("Validation error");
                });
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void a_rejected_key_a_busy_rise_and_a_failing_rise_are_each_their_own_failure() {
        answer("a-401", aResponse().withStatus(401).withBody("{\"errorCode\":\"Unauthenticated\",\"message\":\"x\"}"));
        answer("a-429", aResponse().withStatus(429).withHeader("Retry-After", "60"));
        answer("a-500", aResponse().withStatus(500).withBody("{\"errorCode\":\"Internal\",\"message\":\"boom\"}"));

        assertThatThrownBy(() -> source.find("a-401")).isInstanceOf(SourceFailure.KeyRejected.class);
        assertThatThrownBy(() -> source.find("a-429")).isInstanceOfSatisfying(SourceFailure.Busy.class,
                busy -> assertThat(busy.retryAfter()).hasSeconds(60));
        assertThatThrownBy(() -> source.find("a-500")).isInstanceOf(SourceFailure.Unavailable.class);
        assertThat(rise.findAll(getRequestedFor(urlPathEqualTo(ONE + "a-500")))).as("retried twice").hasSize(3);
        assertThat(rise.findAll(getRequestedFor(urlPathEqualTo(ONE + "a-429")))).hasSize(1);
    }

    @Test
    void an_answer_that_is_late_is_a_timeout() {
        answer(EXECUTION_ID, okJson(RiseStub.example("detail-example.json")).withFixedDelay(1_500));

        assertThatThrownBy(() -> source.find(EXECUTION_ID)).isInstanceOf(SourceFailure.TimedOut.class);
    }

    @Test
    void the_id_users_see_is_found_through_its_case_and_then_read_by_its_execution_id() {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).withRequestBody(matchingJsonPath("$.case_id", equalTo("100139")))
                .willReturn(okJson("{\"data\":[" + RiseStub.row("exec-a", "100139-1", "A") + ","
                        + RiseStub.row("exec-b", "100139-2", "B") + "],\"limit\":100,\"offset\":0,\"total\":2}")));
        answer("exec-b", okJson(RiseStub.example("detail-example.json")));

        assertThat(source.find("100139-2")).isPresent();

        rise.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)).withHeader(HEADER, equalTo(VIEWER_KEY))
                .withRequestBody(equalToJson("{\"case_id\":100139,\"order\":\"assessmentId:asc\",\"limit\":100,"
                        + "\"offset\":0}")));
        rise.verify(1, getRequestedFor(urlPathEqualTo(ONE + "exec-b")).withHeader(HEADER, equalTo(VIEWER_KEY)));
    }

    @Test
    void an_id_that_neither_its_case_nor_the_search_finds_exactly_is_not_found_without_a_read() {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson("{\"data\":[" + RiseStub.row("exec-c",
                "1001391-1", "C") + "],\"limit\":100,\"offset\":0,\"total\":1}")));

        assertThat(source.find("100139-1")).isEmpty();

        rise.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)).withRequestBody(matchingJsonPath("$.case_id")));
        rise.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)).withRequestBody(equalToJson(
                "{\"search\":\"100139-1\",\"order\":\"assessmentId:asc\",\"limit\":100,\"offset\":0}")));
        rise.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void a_row_the_user_was_shown_opens_with_one_read() {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(RiseStub.page(0, 3, 3, 200_000, "Shown"))));
        answer("exec-200001", okJson(RiseStub.example("detail-example.json")));
        source.search(AssessmentFilter.NONE, List.of(AssessmentSort.DEFAULT), 0, 50);

        assertThat(source.find("200001-1")).isPresent();

        assertThat(rise.findAll(postRequestedFor(urlPathEqualTo(SEARCH)))).as("the page only").hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../admin", "x?capa_details=false", "a b", "%2e%2e", "", "a/b"})
    void an_id_that_could_change_the_address_is_not_found_without_a_call(String id) {
        assertThat(source.find(id)).isEmpty();
        assertThat(requests()).isZero();
    }
}
