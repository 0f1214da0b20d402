package com.complianceportal.assessment.upstream;

import static com.complianceportal.assessment.upstream.RiseStub.ONE;
import static com.complianceportal.assessment.upstream.RiseStub.SEARCH;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.CapaDetail;
import com.complianceportal.assessment.domain.CapaSummary;
import com.complianceportal.assessment.domain.ContactPerson;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.domain.Standard;
import com.complianceportal.base.failure.SourceFailure;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** What real traffic from Rise does (the shared contract's "Tolerance"), read without a single exception. */
@RiseUpstreamTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class RiseToleranceIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    RiseAssessmentSource source;
    WireMockServer rise;
    List<AssessmentSummary> rows;

    @BeforeEach
    void readTheTrickyPage() {
        rise = RiseStub.fresh(context);
        rise.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(RiseStub.example("search-tolerance.json"))));
        AssessmentPage page = source.search(AssessmentFilter.NONE, List.of(AssessmentSort.DEFAULT), 0, 100);
        rows = page.rows();
        assertThat(page.total()).as("no total: the rows counted").isEqualTo(7);
    }

    private AssessmentSummary row(String assessmentId) {
        return rows.stream().filter(r -> r.assessmentId().equals(assessmentId)).findFirst().orElseThrow();
    }

    @Test
    void elements_that_are_not_assessments_are_left_out() {
        assertThat(rows).extracting(AssessmentSummary::id).containsExactly("exec-1", "exec-2", "exec-3", "exec-4",
                "exec-5", "exec-6", "exec-7");
    }

    @Test
    void numbers_are_read_where_text_is_documented_and_text_where_numbers_are() {
        AssessmentSummary row = row("100001-1");
        assertThat(row.caseId()).isEqualTo("100001");
        assertThat(row("100003-1").caseId()).isEqualTo("100003");
        assertThat(row.rating()).isEqualTo("4");
        assertThat(row.score()).isEqualTo("8.5");
        assertThat(row.scorePercentage()).isEqualTo(80);
        assertThat(row("100007-1").scorePercentage()).as("\"80%\"").isEqualTo(80);
        assertThat(row.areasToImprove()).isEqualTo(12);
        assertThat(row.findings()).containsExactly(new FindingCount(Severity.MAJOR, 3));
        assertThat(row.stakeholders().assessedOrg().id()).isEqualTo("77");
        assertThat(row.stakeholders().leadExecutorName()).as("isLead sent as text").isEqualTo("Lead Firm");
    }

    @Test
    void nulls_and_absent_fields_are_left_empty() {
        AssessmentSummary row = row("100002-1");
        assertThat(row.caseId()).isEmpty();
        assertThat(row.status()).isEmpty();
        assertThat(row.standard()).isEqualTo(new Standard("", null));
        assertThat(row.rating()).isNull();
        assertThat(row.scorePercentage()).isNull();
        assertThat(row.findings()).isEmpty();
        assertThat(row.areasToImprove()).isZero();
        assertThat(row.dates().due()).isNull();
        assertThat(row.stakeholders().assessedOrg().displayName()).isEmpty();
        assertThat(row.stakeholders().requester()).isNull();
        assertThat(row.stakeholders().executors()).isEmpty();
        assertThat(row.capa()).isNull();
        assertThat(row.customFields()).isEmpty();
        assertThat(row.updatedAt()).isEqualTo(OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void unknown_fields_are_ignored_and_unknown_words_shown_as_they_came() {
        AssessmentSummary row = row("100003-1");
        assertThat(row.status()).isEqualTo("On Hold");
        assertThat(row.type()).isEqualTo("Remote Assessment");
        assertThat(row.workflowName()).isEqualTo("Brand-new workflow");
        assertThat(row.schedulingStatus()).isEqualTo("Waiting For Rain");
        assertThat(row.standard()).isEqualTo(new Standard("Environmental Audit", "7.0"));
        assertThat(row.capa()).isEqualTo(new CapaSummary("c-3", "Parked",
                List.of(new CapaSummary.Label("Priority", "1")), LocalDate.of(2025, 1, 29)));
        assertThat(row("100007-1").standard()).as("a standard sent as text").isEqualTo(new Standard("Higg FEM", null));
    }

    @Test
    void severities_rise_has_not_documented_count_as_other() {
        assertThat(row("100003-1").findings()).containsExactly(new FindingCount(Severity.CRITICAL, 1),
                new FindingCount(Severity.OTHER, 7));
    }

    @Test
    void markup_in_vendor_text_stays_text() {
        AssessmentSummary row = row("100004-1");
        assertThat(row.stakeholders().assessedOrg().name()).isEqualTo("<b>Bright</b> & <script>alert(1)</script>");
        assertThat(row.reason()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void custom_fields_of_any_json_type_become_text() {
        assertThat(row("100005-1").customFields()).containsExactlyInAnyOrderEntriesOf(Map.of("text", "a",
                "number", "12.5", "int", "7", "flag", "true", "list", "[1,\"b\"]", "object", "{\"k\":\"v\"}",
                "empty", ""));
    }

    @Test
    void both_date_forms_are_read_and_calendar_dates_kept_as_rise_wrote_them() {
        var dates = row("100006-1").dates();
        assertThat(dates.due()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(dates.windowStart()).as("late on the 30th in UTC is still the 30th").isEqualTo(
                LocalDate.of(2024, 9, 30));
        assertThat(dates.windowEnd()).as("midnight at +08:00 is the 1st").isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(dates.auditStart()).as("a date alone").isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(dates.auditEnd()).as("not a date").isNull();
        assertThat(dates.started()).isEqualTo(OffsetDateTime.parse("2024-09-30T10:36:56Z"));
        assertThat(dates.submitted()).isEqualTo(OffsetDateTime.parse("2024-09-30T10:36:56.057Z"));
        assertThat(dates.completed()).isEqualTo(OffsetDateTime.parse("2024-10-01T08:00:00.123456+02:00"));
        assertThat(row("100006-1").updatedAt().toInstant()).isEqualTo(
                OffsetDateTime.parse("2024-10-01T06:00:00.123456Z").toInstant());
    }

    @Test
    void a_detail_with_odd_shapes_still_opens() {
        rise.stubFor(get(urlPathEqualTo(ONE + "exec-9")).willReturn(okJson(RiseStub.example("detail-tolerance.json"))));

        AssessmentDetail detail = source.find("exec-9").orElseThrow();

        assertThat(detail.summary().caseId()).isEqualTo("100009");
        assertThat(detail.summary().status()).isEqualTo("Report Declined");
        assertThat(detail.description()).isNull();
        assertThat(detail.overallComment()).isEqualTo("<p>Fine</p>");
        assertThat(detail.stakeholders().assessedOrg().address().postal()).isEqualTo("70000");
        assertThat(detail.stakeholders().assessedOrg().contacts()).containsExactly(
                new ContactPerson("No Phone", null, null, null),
                new ContactPerson("Number Phone", null, null, "84912345678"));
        assertThat(detail.stakeholders().requester()).isNull();
        assertThat(detail.stakeholders().executors()).isEmpty();
        assertThat(detail.stakeholders().selectedPartners()).singleElement()
                .satisfies(partner -> assertThat(partner.contacts()).isEmpty());
        assertThat(detail.capa().areasToImprove()).containsExactly(
                new CapaDetail.AreaToImprove("a-1", "Fire exits", null, null, false, null, "resolved", null,
                        LocalDate.of(2025, 12, 15)),
                new CapaDetail.AreaToImprove("", "", null, null, false, null, "", null, null));
    }

    @Test
    void an_answer_that_is_not_json_is_rise_being_unavailable() {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>Maintenance</html>")));

        assertThatThrownBy(() -> source.search(AssessmentFilter.status("New"), List.of(AssessmentSort.DEFAULT), 0, 10))
                .isInstanceOf(SourceFailure.Unavailable.class);
    }

    @Test
    void more_rows_than_asked_for_are_cut_to_the_page() {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(RiseStub.page(0, 100, 500, 1, "x"))));

        AssessmentPage page = source.search(AssessmentFilter.status("New"), List.of(AssessmentSort.DEFAULT), 0, 10);

        assertThat(page.rows()).hasSize(10);
        assertThat(page.total()).isEqualTo(500);
    }

    @Test
    void an_empty_answer_is_an_empty_page() {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(200)));

        AssessmentPage page = source.search(AssessmentFilter.status("Aborted"), List.of(AssessmentSort.DEFAULT), 0, 10);

        assertThat(page.rows()).isEmpty();
        assertThat(page.total()).isZero();
    }
}
