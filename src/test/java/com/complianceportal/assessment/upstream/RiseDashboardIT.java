package com.complianceportal.assessment.upstream;

import static com.complianceportal.assessment.upstream.RiseStub.HEADER;
import static com.complianceportal.assessment.upstream.RiseStub.SEARCH;
import static com.complianceportal.assessment.upstream.RiseStub.VIEWER_KEY;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.assessment.domain.FilterKind;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.base.failure.SourceFailure;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** The dashboard from Rise: each figure is the total of the register query its link opens, asked side by side. */
@RiseUpstreamTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class RiseDashboardIT {

    static final int DELAY_MILLIS = 400;

    @Autowired
    ApplicationContext context;
    @Autowired
    RiseAssessmentSource source;
    @Autowired
    Clock clock;
    WireMockServer rise;
    LocalDate today;
    final Map<AssessmentFilter, Long> totals = new LinkedHashMap<>();

    @BeforeEach
    void aTotalForEveryFigure() {
        rise = RiseStub.fresh(context);
        today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        totals.put(AssessmentFilter.NONE, 1_000L);
        long n = 11;
        for (String status : AssessmentVocabulary.STATUSES) {
            totals.put(AssessmentFilter.status(status), n++);
        }
        totals.put(DashboardFigures.dueSoonFilter(today), 5L);
        totals.put(AssessmentFilter.overdue(), 3L);
        // The stub answers by the filter fields alone (any page); the most recent stub that matches wins.
        totals.forEach((filter, total) -> {
            String fields = Json.MAPPER.writeValueAsString(RiseQuery.of(filter, List.of(AssessmentSort.DEFAULT), today)
                    .orElseThrow().fields());
            rise.stubFor(post(urlPathEqualTo(SEARCH)).withRequestBody(equalToJson(fields, false, true))
                    .willReturn(okJson(RiseStub.page(0, 1, total, 1, "x")).withFixedDelay(DELAY_MILLIS)));
        });
    }

    @Test
    void each_figure_is_the_total_of_the_register_query_its_link_opens() {
        DashboardSnapshot snapshot = source.dashboard();
        DashboardFigures figures = snapshot.figures();

        assertThat(snapshot.updating()).as("asked of Rise now, never being updated").isFalse();

        assertThat(figures.total()).isEqualTo(1_000);
        assertThat(figures.byStatus()).containsOnlyKeys(AssessmentVocabulary.STATUSES);
        for (String status : AssessmentVocabulary.STATUSES) {
            assertThat(figures.byStatus().get(status)).as(status)
                    .isEqualTo(totals.get(AssessmentFilter.status(status)));
        }
        assertThat(figures.dueNext30Days()).isEqualTo(5);
        assertThat(figures.overdue()).isEqualTo(3);
        rise.resetRequests();
        totals.forEach((filter, total) -> assertThat(source.search(filter, List.of(AssessmentSort.DEFAULT), 0, 50)
                .total()).as("the register opened by the figure's link").isEqualTo(total));
    }

    @Test
    void each_figure_is_one_search_of_one_row_with_the_users_key_asked_side_by_side() {
        long started = System.nanoTime();
        source.dashboard();
        long millis = (System.nanoTime() - started) / 1_000_000;

        rise.verify(totals.size(), postRequestedFor(urlPathEqualTo(SEARCH)).withHeader(HEADER, equalTo(VIEWER_KEY))
                .withRequestBody(matchingJsonPath("$.limit", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.offset", equalTo("0"))));
        assertThat(millis).as("%d searches of %d ms each, not one after the other", totals.size(), DELAY_MILLIS)
                .isLessThan((long) DELAY_MILLIS * totals.size() / 2);
    }

    @Test
    void figures_rise_cannot_give_are_zero_and_said_to_be_unavailable() {
        DashboardFigures figures = source.dashboard().figures();

        assertThat(figures.overdueCapas()).isZero();
        assertThat(figures.findings()).containsOnlyKeys(Severity.values())
                .allSatisfy((severity, figure) -> assertThat(figure).isEqualTo(new DashboardFigures.SeverityFigure(0,
                        0)));
        assertThat(source.capabilities().supports(FilterKind.FINDING_SEVERITY)).isFalse();
        assertThat(source.capabilities().supports(FilterKind.CAPA_OVERDUE)).isFalse();
    }

    @Test
    void a_figure_that_cannot_be_loaded_fails_the_dashboard_with_rises_reason() {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).withRequestBody(matchingJsonPath("$.assessment_status",
                equalTo("Aborted"))).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> source.dashboard()).isInstanceOf(SourceFailure.Unavailable.class);
    }

    @Test
    void figures_are_kept_a_short_while_for_the_user() {
        source.dashboard();
        source.dashboard();

        rise.verify(totals.size(), postRequestedFor(urlPathEqualTo(SEARCH)));
    }
}
