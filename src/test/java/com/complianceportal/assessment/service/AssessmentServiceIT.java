package com.complianceportal.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSort.Field;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.Severity;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The register service over the demo register (300 generated assessments): every filter and sort against
 * {@link RegisterOracle}, a reference written without SQL.
 */
@SpringBootTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class AssessmentServiceIT {

    @Autowired
    AssessmentService service;
    @Autowired
    Clock clock;

    List<AssessmentSummary> all;
    LocalDate today;

    @BeforeEach
    void readEverything() {
        all = new ArrayList<>();
        service.stream(AssessmentFilter.NONE, List.of(), all::add);
        today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    static Stream<Arguments> filters() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return Stream.of(
                Arguments.of("status", AssessmentFilter.status("Submitted")),
                Arguments.of("two statuses", AssessmentFilter.NONE.withStatuses(Set.of("New", "In Progress"))),
                Arguments.of("type", new AssessmentFilter(null, Set.of(), "Self Assessment", null, null, null, null,
                        null, null, false, null, false)),
                Arguments.of("standard", new AssessmentFilter(null, Set.of(), null, "Environmental Audit", null, null,
                        null, null, null, false, null, false)),
                Arguments.of("rating", new AssessmentFilter(null, Set.of(), null, null, "Poor", null, null, null, null,
                        false, null, false)),
                Arguments.of("country", AssessmentFilter.NONE.withCountry("CN")),
                Arguments.of("CAPA status", new AssessmentFilter(null, Set.of(), null, null, null, null, "Closed", null,
                        null, false, null, false)),
                Arguments.of("due range", AssessmentFilter.dueBetween(today.minusDays(60), today.plusDays(30))),
                Arguments.of("due from only", new AssessmentFilter(null, Set.of(), null, null, null, null, null,
                        today, null, false, null, false)),
                Arguments.of("overdue", new AssessmentFilter(null, Set.of(), null, null, null, null, null, null, null,
                        true, null, false)),
                Arguments.of("critical findings", AssessmentFilter.withFindings(Severity.CRITICAL)),
                Arguments.of("observations", AssessmentFilter.withFindings(Severity.OBSERVATION)),
                Arguments.of("overdue CAPA", AssessmentFilter.overdueCapas()),
                Arguments.of("organisation text", AssessmentFilter.NONE.withText("textiles")),
                Arguments.of("requester text", AssessmentFilter.NONE.withText("contoso")),
                Arguments.of("case id prefix", AssessmentFilter.NONE.withText("1000")),
                Arguments.of("status + country", AssessmentFilter.status("Submitted").withCountry("CN")),
                Arguments.of("status + text + overdue", new AssessmentFilter("co", Set.of("In Progress", "New"), null,
                        null, null, null, null, null, null, true, null, false)),
                Arguments.of("everything at once", new AssessmentFilter("a", Set.of("Submitted"),
                        "Verification Assessment", null, null, null, null, today.minusYears(3), today.plusYears(1),
                        false, Severity.MINOR, false)),
                Arguments.of("nothing matches", AssessmentFilter.NONE.withText("no organisation is called this")),
                Arguments.of("wildcards are literal", AssessmentFilter.NONE.withText("%_")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void count_and_rows_match_the_reference(String name, AssessmentFilter filter) {
        List<AssessmentSummary> expected = all.stream().filter(s -> RegisterOracle.matches(s, filter, today)).toList();
        assertThat(service.count(filter)).isEqualTo(expected.size());
        List<AssessmentSummary> page = service.search(filter, List.of(), 0, 100).rows();
        assertThat(page).hasSize(Math.min(100, expected.size()));
        assertThat(page).allMatch(s -> RegisterOracle.matches(s, filter, today));
        List<String> streamed = new ArrayList<>();
        service.stream(filter, List.of(), s -> streamed.add(s.id()));
        assertThat(streamed).containsExactlyInAnyOrderElementsOf(expected.stream().map(AssessmentSummary::id).toList());
    }

    @Test
    void the_demo_register_has_rows_for_the_filters_under_test() {
        assertThat(all).hasSize(300);
        for (Arguments arguments : filters().toList().subList(0, 17)) {
            AssessmentFilter filter = (AssessmentFilter) arguments.get()[1];
            assertThat(all.stream().filter(s -> RegisterOracle.matches(s, filter, today)).count())
                    .as("rows for %s", arguments.get()[0]).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void every_sort_key_orders_both_ways_and_pages_are_consistent(Field field) {
        for (boolean descending : new boolean[] {false, true}) {
            List<AssessmentSort> sort = List.of(new AssessmentSort(field, descending));
            List<AssessmentSummary> first = service.search(AssessmentFilter.NONE, sort, 0, 60).rows();
            List<AssessmentSummary> second = service.search(AssessmentFilter.NONE, sort, 60, 60).rows();
            List<AssessmentSummary> both = new ArrayList<>(first);
            both.addAll(second);
            assertThat(RegisterOracle.ordered(both, sort)).as("%s %s", field, descending ? "desc" : "asc").isTrue();
            assertThat(both.stream().map(AssessmentSummary::id).distinct()).hasSize(120);
            assertThat(service.search(AssessmentFilter.NONE, sort, 0, 100).rows()).isEqualTo(both.subList(0, 100));
        }
    }

    @Test
    void multi_column_sort_orders_by_each_key_in_turn() {
        List<AssessmentSort> sort = List.of(new AssessmentSort(Field.STATUS, false),
                new AssessmentSort(Field.DUE_DATE, true));
        List<AssessmentSummary> rows = new ArrayList<>();
        service.stream(AssessmentFilter.NONE, sort, rows::add);
        assertThat(rows).hasSize(all.size());
        assertThat(RegisterOracle.ordered(rows, sort)).isTrue();
        assertThat(rows.stream().map(AssessmentSummary::status).distinct().toList())
                .isSortedAccordingTo(String::compareTo);
    }

    @Test
    void paging_walks_the_whole_filtered_set_without_gaps_or_repeats() {
        AssessmentFilter filter = AssessmentFilter.status("Completed");
        long total = service.count(filter);
        Set<String> seen = new HashSet<>();
        for (int offset = 0; offset < total; offset += 25) {
            service.search(filter, List.of(), offset, 25).rows().forEach(s -> seen.add(s.id()));
        }
        assertThat(seen).hasSize((int) total);
        assertThat(service.search(filter, List.of(), (int) total, 25).rows()).isEmpty();
    }

    @Test
    void the_page_size_is_capped_and_bad_paging_is_refused() {
        assertThat(service.search(AssessmentFilter.NONE, List.of(), 0, 1000).rows())
                .hasSize(AssessmentService.MAX_PAGE_SIZE);
        assertThatThrownBy(() -> service.search(AssessmentFilter.NONE, List.of(), -1, 10).rows())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dashboard_figures_equal_the_register_totals_of_their_links() {
        DashboardFigures figures = service.dashboard().figures();
        assertThat(figures.total()).isEqualTo(service.count(AssessmentFilter.NONE));
        figures.byStatus().forEach((status, count) ->
                assertThat(service.count(AssessmentFilter.status(status))).as(status).isEqualTo(count));
        figures.findings().forEach((severity, figure) -> {
            assertThat(service.count(AssessmentFilter.withFindings(severity))).isEqualTo(figure.assessments());
            assertThat(all.stream().flatMap(s -> s.findings().stream()).filter(f -> f.severity() == severity)
                    .mapToLong(f -> f.count()).sum()).isEqualTo(figure.findings());
        });
        assertThat(service.count(DashboardFigures.dueSoonFilter(today))).isEqualTo(figures.dueNext30Days());
        assertThat(service.count(AssessmentFilter.overdue())).isEqualTo(figures.overdue());
        assertThat(service.count(AssessmentFilter.overdueCapas())).isEqualTo(figures.overdueCapas());
    }

    @Test
    void due_soon_and_overdue_count_open_assessments_only() {
        Set<String> open = Set.of("New", "In Progress");
        DashboardFigures figures = service.dashboard().figures();
        long dueSoon = all.stream().filter(s -> open.contains(s.status()) && s.dates().due() != null
                && !s.dates().due().isBefore(today) && !s.dates().due().isAfter(today.plusDays(30))).count();
        long overdue = all.stream().filter(s -> open.contains(s.status()) && s.dates().due() != null
                && s.dates().due().isBefore(today)).count();

        assertThat(figures.dueNext30Days()).isEqualTo(dueSoon);
        assertThat(figures.overdue()).isEqualTo(overdue).isPositive();
        assertThat(all).as("closed assessments past their due date exist, and are not counted")
                .anyMatch(s -> s.status().equals("Report Declined") && s.dates().due().isBefore(today));
    }

    @Test
    void detail_has_full_stakeholders_and_unknown_ids_are_empty() {
        AssessmentSummary withCapa = all.stream().filter(s -> s.capa() != null).findFirst().orElseThrow();
        var detail = service.find(withCapa.id()).orElseThrow();
        assertThat(detail.summary()).isEqualTo(withCapa);
        assertThat(detail.stakeholders().assessedOrg().contacts()).isNotEmpty();
        assertThat(detail.stakeholders().executors()).anyMatch(e -> e.lead());
        assertThat(detail.capa()).isNotNull();
        assertThat(detail.capa().areasToImprove()).hasSize(withCapa.areasToImprove());
        assertThat(service.find("00000000-0000-0000-0000-000000000000")).isEmpty();
    }

    @Test
    void an_assessment_is_found_by_the_assessment_id_users_see_as_well_as_by_its_internal_id() {
        AssessmentSummary some = all.get(all.size() / 2);

        var byAssessmentId = service.find(some.assessmentId()).orElseThrow();

        assertThat(byAssessmentId.summary()).isEqualTo(some);
        assertThat(service.find(some.id()).orElseThrow()).isEqualTo(byAssessmentId);
        assertThat(service.find(some.caseId())).as("a case id alone names no assessment").isEmpty();
        assertThat(service.find("999999-9")).isEmpty();
    }

    @Test
    void filter_options_come_from_the_data() {
        var options = service.capabilities().options();
        assertThat(options.countries().values()).containsAll(all.stream()
                .map(s -> s.stakeholders().assessedAddress().country()).distinct().toList());
        assertThat(options.types().values()).containsExactlyInAnyOrder("Self Assessment", "Verification Assessment");
    }
}
