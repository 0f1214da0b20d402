package com.complianceportal.assessment.upstream;

import static com.complianceportal.assessment.upstream.RiseStub.EXPORT_CONCURRENCY;
import static com.complianceportal.assessment.upstream.RiseStub.EXPORT_MAX_ROWS;
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
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.service.export.AssessmentExporter;
import com.complianceportal.assessment.service.export.ExportFormat;
import com.complianceportal.assessment.service.export.ExportProgress;
import com.complianceportal.assessment.service.export.ExportResult;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.user.domain.Role;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** Exports from Rise: pages of 100 read a few at a time per user, in order, up to the export limit. */
@RiseUpstreamTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class RiseExportIT {

    static final int DELAY_MILLIS = 300;
    static final long TOTAL = 1_000;

    @Autowired
    ApplicationContext context;
    @Autowired
    RiseAssessmentSource source;
    @Autowired
    AssessmentExporter exporter;
    WireMockServer rise;

    @BeforeEach
    void aThousandAssessments() {
        rise = RiseStub.fresh(context);
        for (long offset = 0; offset < TOTAL; offset += 100) {
            pageAt(offset, 100);
        }
    }

    private void pageAt(long offset, int rows) {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).withRequestBody(matchingJsonPath("$.offset",
                equalTo(String.valueOf(offset)))).willReturn(okJson(RiseStub.page(offset, rows, TOTAL, 300_000,
                        "Export Org")).withFixedDelay(DELAY_MILLIS)));
    }

    private List<AssessmentSummary> export(AssessmentFilter filter) {
        List<AssessmentSummary> rows = Collections.synchronizedList(new ArrayList<>());
        source.stream(filter, List.of(AssessmentSort.DEFAULT), rows::add);
        return rows;
    }

    /** The most requests Rise was answering at the same moment, from the stub's log of arrival and duration. */
    private int mostAtOnce() {
        TreeMap<Long, Integer> changes = new TreeMap<>();
        for (ServeEvent event : rise.getAllServeEvents()) {
            long start = event.getRequest().getLoggedDate().getTime();
            changes.merge(start, 1, Integer::sum);
            changes.merge(start + event.getTiming().getTotalTime() - 1, -1, Integer::sum);
        }
        int now = 0;
        int most = 0;
        for (int change : changes.values()) {
            now += change;
            most = Math.max(most, now);
        }
        return most;
    }

    @Test
    void streams_pages_of_a_hundred_in_order_up_to_the_export_limit() {
        List<AssessmentSummary> rows = export(AssessmentFilter.NONE);

        assertThat(rows).hasSize(EXPORT_MAX_ROWS);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).assessmentId()).isEqualTo((300_000 + i) + "-1");
        }
        for (String page : List.of("\"offset\":0,\"limit\":100", "\"offset\":100,\"limit\":100",
                "\"offset\":200,\"limit\":50")) {
            rise.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)).withHeader(HEADER, equalTo(VIEWER_KEY))
                    .withRequestBody(equalToJson("{\"order\":\"updated_date:desc\"," + page + "}")));
        }
        assertThat(rise.getAllServeEvents()).as("nothing past the limit is asked for").hasSize(3);
    }

    @Test
    void reads_ahead_but_never_more_pages_at_once_than_the_export_concurrency_even_for_two_exports()
            throws Exception {
        var viewer = SecurityContextHolder.getContext();
        ExecutorService twoExports = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<AssessmentSummary>>> exports = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                exports.add(twoExports.submit(() -> {
                    SecurityContextHolder.setContext(viewer);
                    try {
                        return export(AssessmentFilter.NONE);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            for (Future<List<AssessmentSummary>> export : exports) {
                assertThat(export.get()).hasSize(EXPORT_MAX_ROWS);
            }
        } finally {
            twoExports.shutdownNow();
        }

        assertThat(rise.getAllServeEvents()).hasSize(6);
        assertThat(mostAtOnce()).as("pages read side by side, per user at most " + EXPORT_CONCURRENCY)
                .isEqualTo(EXPORT_CONCURRENCY);
    }

    @Test
    void stops_where_the_register_ends_sooner_than_its_total_said() {
        pageAt(100, 20);

        assertThat(export(AssessmentFilter.NONE)).hasSize(120).last().extracting(AssessmentSummary::assessmentId)
                .isEqualTo("300119-1");
    }

    @Test
    void a_page_that_fails_fails_the_export_and_frees_its_places_for_the_next() {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).withRequestBody(matchingJsonPath("$.offset", equalTo("100")))
                .willReturn(aResponse().withStatus(500)));
        List<AssessmentSummary> rows = Collections.synchronizedList(new ArrayList<>());

        assertThatThrownBy(() -> source.stream(AssessmentFilter.NONE, List.of(AssessmentSort.DEFAULT), rows::add))
                .isInstanceOf(SourceFailure.Unavailable.class);
        assertThat(rows).hasSize(100);

        pageAt(100, 100);
        assertThat(export(AssessmentFilter.NONE)).hasSize(EXPORT_MAX_ROWS);
    }

    @Test
    void an_export_that_can_match_nothing_asks_nothing() {
        assertThat(export(AssessmentFilter.overdue().withStatuses(Set.of("Completed")))).isEmpty();
        assertThat(rise.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_csv_export_of_more_than_the_limit_holds_the_limit_and_says_so() throws Exception {
        var out = new ByteArrayOutputStream();

        ExportResult result = exporter.write(ExportFormat.CSV, AssessmentFilter.NONE, List.of(), out,
                ExportProgress.NONE);

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(EXPORT_MAX_ROWS + 1);
        assertThat(result.rows()).isEqualTo(EXPORT_MAX_ROWS);
        assertThat(result.total()).isEqualTo(TOTAL);
        assertThat(result.note()).isEqualTo("This file holds the first 250 of 1,000 assessments: Inspectorio Rise "
                + "gives at most 250 rows to one export. Narrow the filters and export again to get the rest.");
    }

    @Test
    void an_export_runs_with_the_exporting_users_key_on_every_thread() {
        RiseStub.as("assessor", Role.ASSESSOR, () -> export(AssessmentFilter.NONE));

        assertThat(rise.getAllServeEvents()).hasSize(3).allSatisfy(event -> assertThat(
                event.getRequest().getHeader(HEADER)).isEqualTo(RiseStub.ASSESSOR_KEY));
    }
}
