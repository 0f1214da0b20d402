package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSort.Field;
import com.complianceportal.assessment.service.ListedAssessments;
import com.complianceportal.assessment.service.SampleAssessments;
import com.complianceportal.base.ui.UserTime;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The register is built from what its source can do: a source with few abilities gets a smaller register. */
@SpringBootTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class LimitedSourceRegisterTest extends SpringBrowserlessTest {

    private final ListedAssessments source = new ListedAssessments(
            IntStream.range(0, 130).mapToObj(SampleAssessments::row).toList(), ListedAssessments.SMALL);

    @Test
    void one_refresh_asks_the_source_once_for_the_total_and_the_first_page() {
        AtomicLong total = new AtomicLong();
        var grid = new AssessmentGrid(source.service(), UserTime.current(), LocalDate::now, total::set);
        UI.getCurrent().add(grid);

        // What the browser does on a refresh: it asks for the size and for the rows in view.
        grid.getDataCommunicator().setViewportRange(0, AssessmentGrid.PAGE_SIZE);
        roundTrip();

        assertThat(total.get()).isEqualTo(130);
        assertThat(source.searches()).as(source.searches().toString()).hasSize(1);
        assertThat(source.searches().getFirst().limit()).isEqualTo(AssessmentGrid.PAGE_SIZE);
    }

    @Test
    void a_sorted_register_shorter_than_a_page_is_one_search_too() {
        var few = new ListedAssessments(IntStream.range(0, 17).mapToObj(SampleAssessments::row).toList(),
                ListedAssessments.SMALL);
        AtomicLong total = new AtomicLong();
        var grid = new AssessmentGrid(few.service(), UserTime.current(), LocalDate::now, total::set);
        UI.getCurrent().add(grid);
        AssessmentSort dueFirst = new AssessmentSort(Field.DUE_DATE, false);

        // The grid asks for the size without the sort, then for no more rows than there are: 17.
        grid.show(AssessmentFilter.NONE, List.of(dueFirst));
        grid.getDataCommunicator().setViewportRange(0, AssessmentGrid.PAGE_SIZE);
        roundTrip();

        assertThat(total.get()).isEqualTo(17);
        assertThat(few.searches()).as(few.searches().toString()).singleElement().satisfies(search -> {
            assertThat(search.sort()).containsExactly(dueFirst);
            assertThat(search.limit()).isEqualTo(AssessmentGrid.PAGE_SIZE);
        });
    }

    @Test
    void a_source_that_cannot_answer_leaves_its_reason_and_a_way_to_try_again() {
        var failures = new java.util.ArrayList<com.complianceportal.base.failure.SourceFailure>();
        var grid = new AssessmentGrid(source.service(), UserTime.current(), LocalDate::now, n -> { }, failures::add);
        UI.getCurrent().add(grid);
        source.failWith(new com.complianceportal.base.failure.SourceFailure.Busy("Rise", java.time.Duration.ofSeconds(30)));

        grid.getDataCommunicator().setViewportRange(0, AssessmentGrid.PAGE_SIZE);
        roundTrip();

        assertThat(failures).singleElement().satisfies(f -> assertThat(
                com.complianceportal.base.ui.error.FailureText.of(f)).isEqualTo("Rise is busy. Try again in 30 seconds."));
        source.failWith(null);
        grid.getDataProvider().refreshAll();
        roundTrip();
        assertThat(failures).last().isNull();
    }

    @Test
    void only_the_columns_the_source_sorts_by_are_sortable_and_one_at_a_time() {
        var grid = new AssessmentGrid(source.service(), UserTime.current(), LocalDate::now, n -> { });

        assertThat(grid.getColumns().stream().filter(c -> c.isSortable()).map(c -> c.getKey()))
                .containsExactlyInAnyOrder(RegisterColumn.DUE_DATE.key(), RegisterColumn.UPDATED.key());
        assertThat(grid.isMultiSort()).isFalse();
        assertThat(RegisterColumn.CASE_ID.sortField()).isEqualTo(Field.CASE_ID);
    }

    @Test
    void filters_the_source_cannot_apply_are_not_offered() {
        var bar = new RegisterFilterBar(ListedAssessments.SMALL, UserTime.current(), filter -> { });
        UI.getCurrent().add(bar);

        assertThat(visible("register-search")).isTrue();
        assertThat(visible("filter-status")).isTrue();
        for (String id : new String[] {"filter-type", "filter-standard", "filter-rating", "filter-country",
                "filter-capa-status", "filter-due-from", "filter-due-to", "filter-overdue"}) {
            assertThat(visible(id)).as(id).isFalse();
        }
    }

    private boolean visible(String id) {
        return descendants(UI.getCurrent()).filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow()
                .isVisible();
    }

    private static java.util.stream.Stream<Component> descendants(Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().flatMap(LimitedSourceRegisterTest::descendants));
    }
}
