package com.complianceportal.assessment.upstream;

import static com.complianceportal.assessment.upstream.RiseStub.HEADER;
import static com.complianceportal.assessment.upstream.RiseStub.SEARCH;
import static com.complianceportal.assessment.upstream.RiseStub.VIEWER_KEY;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.CapaSummary;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.domain.Standard;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.user.domain.Role;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** POST /api/v1/assessments/search as the register uses it: the request it sends and the answer it reads. */
@RiseUpstreamTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class RiseSearchContractIT {

    static final List<AssessmentSort> NEWEST_FIRST = List.of(AssessmentSort.DEFAULT);

    @Autowired
    ApplicationContext context;
    @Autowired
    RiseAssessmentSource source;
    WireMockServer rise;

    @BeforeEach
    void freshStub() {
        rise = RiseStub.fresh(context);
    }

    private void answer(ResponseDefinitionBuilder response) {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(response));
    }

    private int searches() {
        return rise.findAll(postRequestedFor(urlPathEqualTo(SEARCH))).size();
    }

    private void assertSent(String json) {
        rise.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)).withHeader(HEADER, equalTo(VIEWER_KEY))
                .withHeader("Content-Type", containing("application/json")).withRequestBody(equalToJson(json)));
    }

    @Test
    void the_seed_example_becomes_a_register_row_in_the_portals_words() {
        answer(okJson(RiseStub.example("search-example.json")));

        AssessmentPage page = source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50);

        assertSent("{\"order\":\"updated_date:desc\",\"limit\":50,\"offset\":0}");
        assertThat(page.total()).as("the example's total of 0 with one row counts that row").isEqualTo(1);
        AssessmentSummary row = page.rows().getFirst();
        assertThat(row.id()).isEqualTo("5c40e755-3ab0-4fa9-9a44-f76a95f0e87d");
        assertThat(row.assessmentId()).isEqualTo("100000-2");
        assertThat(row.caseId()).as("sent as a number").isEqualTo("100000");
        assertThat(row.reportId()).isEqualTo("5c40e755-3ab0-4fa9-9a44-f76a95f0e87d");
        assertThat(row.status()).isEqualTo("Submitted");
        assertThat(row.type()).isEqualTo("Verification Assessment");
        assertThat(row.reason()).isEqualTo("Annual Audit");
        assertThat(row.workflowName()).isEqualTo("Factory Information");
        assertThat(row.standard()).isEqualTo(new Standard("string", "string"));
        assertThat(row.rating()).isEqualTo("Good");
        assertThat(row.score()).isEqualTo("8/10");
        assertThat(row.scorePercentage()).isEqualTo(80);
        assertThat(row.findings()).containsExactly(new FindingCount(Severity.CRITICAL, 5));
        assertThat(row.areasToImprove()).isEqualTo(12);
        LocalDate day = LocalDate.of(2024, 9, 30);
        OffsetDateTime moment = OffsetDateTime.parse("2024-09-30T10:36:56.057Z");
        assertThat(row.dates()).isEqualTo(new com.complianceportal.assessment.domain.AssessmentDates(day, day, day,
                day, day, moment, moment, moment, moment));
        assertThat(row.stakeholders().assessedOrg()).isEqualTo(new Organisation("string", "string", "string",
                "string"));
        assertThat(row.stakeholders().assessedAddress()).isEqualTo(new Address(null, "Abbeville", null, null, "US"));
        assertThat(row.stakeholders().requester()).isNotNull();
        assertThat(row.stakeholders().executors()).hasSize(1);
        assertThat(row.stakeholders().leadExecutorName()).isEqualTo("string");
        assertThat(row.stakeholders().selectedPartners()).hasSize(1);
        assertThat(row.capa()).isEqualTo(new CapaSummary("1235330e-b74b-4be6-8d8a-cb0560effc11", "New",
                List.of(new CapaSummary.Label("Priority", "High")), LocalDate.of(2025, 1, 29)));
        assertThat(row.schedulingStatus()).isEqualTo("Scheduled");
        assertThat(row.updatedAt()).isEqualTo(moment);
        assertThat(row.customFields()).isEmpty();
    }

    @Test
    void a_page_comes_with_the_vendors_total_in_one_call() {
        answer(okJson(RiseStub.page(50, 50, 1_234, 100_000, "Bright Star")));

        AssessmentPage page = source.search(AssessmentFilter.NONE, NEWEST_FIRST, 50, 50);

        assertThat(page.total()).isEqualTo(1_234);
        assertThat(page.rows()).hasSize(50).first().extracting(AssessmentSummary::assessmentId)
                .isEqualTo("100050-1");
        assertThat(searches()).isEqualTo(1);
    }

    @Test
    void every_filter_goes_into_the_body_in_rises_words() {
        answer(okJson(RiseStub.page(0, 0, 0, 1, "x")));
        var filter = new AssessmentFilter("bright star", Set.of("Submitted", "New"), "Self Assessment",
                "Environmental Audit - RS Std", "Good", "France", "In-Progress", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), false, null, false);

        source.search(filter, List.of(new AssessmentSort(AssessmentSort.Field.DUE_DATE, false)), 25, 25);

        assertSent("""
                {"search":"bright star","assessment_status":"New,Submitted","assessment_type":"Self Assessment",
                 "standard_name":"Environmental Audit - RS Std","rating_labels":"Good","country":"FR",
                 "capa_status":"In-Progress","due_date_from":"2026-01-01","due_date_to":"2026-06-30",
                 "order":"due_date:asc","limit":25,"offset":25}""");
    }

    @ParameterizedTest
    @CsvSource({"UPDATED,true,updated_date:desc", "UPDATED,false,updated_date:asc", "DUE_DATE,true,due_date:desc",
            "STATUS,false,status:asc", "TYPE,true,assessment_type:desc", "ASSESSMENT_ID,false,assessmentId:asc",
            "RATING,true,rating:desc", "SCORE,false,score:asc"})
    void each_sortable_column_is_one_order_field(AssessmentSort.Field field, boolean descending, String order) {
        answer(okJson(RiseStub.page(0, 0, 0, 1, "x")));

        source.search(AssessmentFilter.NONE, List.of(new AssessmentSort(field, descending)), 0, 10);

        assertSent("{\"order\":\"" + order + "\",\"limit\":10,\"offset\":0}");
    }

    @Test
    void a_country_code_is_sent_in_capitals_and_a_name_as_its_code() {
        answer(okJson(RiseStub.page(0, 0, 0, 1, "x")));

        source.search(AssessmentFilter.NONE.withCountry("cn"), NEWEST_FIRST, 0, 10);
        source.search(AssessmentFilter.NONE.withCountry("Vietnam"), NEWEST_FIRST, 0, 10);

        assertSent("{\"country\":\"CN\",\"order\":\"updated_date:desc\",\"limit\":10,\"offset\":0}");
        assertSent("{\"country\":\"VN\",\"order\":\"updated_date:desc\",\"limit\":10,\"offset\":0}");
    }

    @Test
    void overdue_is_sent_as_the_open_statuses_due_until_yesterday() {
        answer(okJson(RiseStub.page(0, 0, 7, 1, "x")));
        LocalDate yesterday = LocalDate.now(context.getBean(java.time.Clock.class).withZone(java.time.ZoneOffset.UTC))
                .minusDays(1);

        long total = source.search(AssessmentFilter.overdue(), NEWEST_FIRST, 0, 10).total();
        source.search(AssessmentFilter.overdue().withStatuses(Set.of("Submitted", "New")), NEWEST_FIRST, 0, 10);

        assertThat(total).isEqualTo(7);
        assertSent("{\"assessment_status\":\"New,In Progress\",\"due_date_to\":\"" + yesterday
                + "\",\"order\":\"updated_date:desc\",\"limit\":10,\"offset\":0}");
        assertSent("{\"assessment_status\":\"New\",\"due_date_to\":\"" + yesterday
                + "\",\"order\":\"updated_date:desc\",\"limit\":10,\"offset\":0}");
    }

    @Test
    void overdue_among_closed_statuses_only_is_empty_without_a_call() {
        AssessmentPage page = source.search(AssessmentFilter.overdue().withStatuses(Set.of("Submitted", "Aborted")),
                NEWEST_FIRST, 0, 50);

        assertThat(page.rows()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(searches()).isZero();
    }

    @Test
    void never_asks_for_more_than_a_hundred_rows() {
        answer(okJson(RiseStub.page(0, 100, 5_000, 1, "x")));

        assertThat(source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 500).rows()).hasSize(100);

        assertSent("{\"order\":\"updated_date:desc\",\"limit\":100,\"offset\":0}");
    }

    @Test
    void a_total_alone_asks_for_one_row_and_returns_none() {
        answer(okJson(RiseStub.page(0, 1, 4_321, 1, "x")));

        AssessmentPage page = source.search(AssessmentFilter.status("New"), NEWEST_FIRST, 0, 0);

        assertThat(page.rows()).isEmpty();
        assertThat(page.total()).isEqualTo(4_321);
        assertSent("{\"assessment_status\":\"New\",\"order\":\"updated_date:desc\",\"limit\":1,\"offset\":0}");
    }

    @ParameterizedTest
    @CsvSource({"400,Bad Request", "404,Not found", "422,Validation error"})
    void a_refusal_is_passed_on_with_rises_words_and_not_retried(int status, String message) {
        answer(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"Generic\",\"message\":\"" + message + "\",\"errors\":{\"type\":[\"x\"]}}"));

        assertThatThrownBy(() -> source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50))
                .isInstanceOfSatisfying(SourceFailure.Refused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(status);
                    assertThat(refused.vendorMessage()).isEqualTo(message);
                    assertThat(refused.vendor()).isEqualTo("Rise");
                });
        assertThat(searches()).isEqualTo(1);
    }

    @Test
    void a_rejected_key_is_said_to_be_rejected_and_not_retried() {
        answer(aResponse().withStatus(401).withBody("{\"errorCode\":\"Unauthenticated\",\"message\":\"Invalid key\"}"));

        assertThatThrownBy(() -> source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50))
                .isInstanceOf(SourceFailure.KeyRejected.class);
        assertThat(searches()).isEqualTo(1);
    }

    @Test
    void too_many_requests_tells_when_to_try_again() {
        answer(aResponse().withStatus(429).withHeader("Retry-After", "30"));

        assertThatThrownBy(() -> source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50))
                .isInstanceOfSatisfying(SourceFailure.Busy.class,
                        busy -> assertThat(busy.retryAfter()).isEqualTo(java.time.Duration.ofSeconds(30)));
        assertThat(searches()).as("a long wait is the user's to decide").isEqualTo(1);
    }

    @Test
    void a_server_error_is_retried_then_said_to_be_unavailable() {
        answer(aResponse().withStatus(500).withBody("{\"errorCode\":\"Internal\",\"message\":\"Internal Error\"}"));

        assertThatThrownBy(() -> source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50))
                .isInstanceOf(SourceFailure.Unavailable.class);
        assertThat(searches()).as("the first try and two retries").isEqualTo(3);
    }

    @Test
    void a_busy_signal_with_a_short_wait_is_waited_out_once() {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("calm"));
        rise.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(okJson(RiseStub.page(0, 1, 1, 1, "x"))));

        assertThat(source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50).total()).isEqualTo(1);
        assertThat(searches()).isEqualTo(2);
    }

    @Test
    void a_service_unavailable_is_retried_by_the_portal_alone_never_more_than_configured() {
        answer(aResponse().withStatus(503).withHeader("Retry-After", "1"));

        assertThatThrownBy(() -> source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50))
                .isInstanceOf(SourceFailure.Unavailable.class);
        assertThat(searches()).as("the first try and portal.upstream.retries=2, not the HTTP client's own")
                .isEqualTo(3);
    }

    @Test
    void reads_are_retried_after_server_errors_and_succeed_when_rise_recovers() {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("second"));
        rise.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("third"));
        rise.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("flaky").whenScenarioStateIs("third")
                .willReturn(okJson(RiseStub.page(0, 1, 9, 1, "x"))));

        assertThat(source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50).total()).isEqualTo(9);
        assertThat(searches()).isEqualTo(3);
    }

    @Test
    void no_answer_in_time_is_a_timeout_after_at_most_the_configured_retries() {
        answer(okJson(RiseStub.page(0, 1, 1, 1, "x")).withFixedDelay(1_500));

        assertThatThrownBy(() -> source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50))
                .isInstanceOf(SourceFailure.TimedOut.class);
        assertThat(searches()).as("read-timeout 1s, call-budget 4s, retries 2").isBetween(1, 3);
    }

    @Test
    void an_answer_that_stalls_halfway_is_a_timeout_not_an_unreadable_answer() {
        answer(okJson(RiseStub.page(0, 20, 20, 1, "x")).withChunkedDribbleDelay(2, 3_000));

        assertThatThrownBy(() -> source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50))
                .isInstanceOf(SourceFailure.TimedOut.class);
    }

    @Test
    void an_answer_broken_off_halfway_leaves_rise_unavailable() {
        answer(okJson(RiseStub.page(0, 20, 20, 1, "x")).withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        assertThatThrownBy(() -> source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50))
                .isInstanceOfSatisfying(SourceFailure.Unavailable.class,
                        unavailable -> assertThat(unavailable).hasMessageNotContaining("not JSON"));
    }

    @Test
    void repeated_server_errors_cut_rise_off_for_a_while_then_it_is_tried_again() throws InterruptedException {
        answer(aResponse().withStatus(500));
        var breaker = context.getBean(VendorClients.class).rise().circuitBreaker();
        for (int call = 0; call < 10 && breaker.getState() == CircuitBreaker.State.CLOSED; call++) {
            assertThatThrownBy(() -> source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50))
                    .isInstanceOf(SourceFailure.Unavailable.class);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int sent = searches();

        assertThatThrownBy(() -> source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50))
                .isInstanceOf(SourceFailure.Unavailable.class).hasMessageContaining("cut off");
        assertThat(searches()).as("nothing reaches Rise while it is cut off").isEqualTo(sent);

        rise.resetAll();
        answer(okJson(RiseStub.page(0, 1, 3, 1, "x")));
        Thread.sleep(1_200);
        for (int offset = 0; offset < 3; offset++) {
            assertThat(source.search(AssessmentFilter.NONE, NEWEST_FIRST, offset, 50).total()).isEqualTo(3);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void a_user_without_a_key_sends_nothing() {
        answer(okJson(RiseStub.page(0, 1, 1, 1, "x")));

        assertThatThrownBy(() -> RiseStub.as("admin", Role.ADMIN,
                () -> source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50)))
                .isInstanceOf(SourceFailure.NoKey.class);
        assertThat(searches()).isZero();
    }
}
