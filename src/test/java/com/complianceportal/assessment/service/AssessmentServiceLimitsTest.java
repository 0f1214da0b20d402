package com.complianceportal.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSort.Field;
import com.complianceportal.assessment.domain.Severity;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The service keeps every request within what its source can do, and asks the source once per page. */
class AssessmentServiceLimitsTest {

    private final ListedAssessments source = new ListedAssessments(
            IntStream.range(0, 120).mapToObj(SampleAssessments::row).toList(), ListedAssessments.SMALL);
    private final AssessmentService service = source.service();

    @Test
    void a_page_and_its_total_come_in_one_call() {
        var page = service.search(AssessmentFilter.status("New"), List.of(), 100, 50);

        assertThat(page.rows()).hasSize(20);
        assertThat(page.total()).isEqualTo(120);
        assertThat(source.searches()).hasSize(1);
        assertThat(source.searches().getFirst().sort()).containsExactly(AssessmentSort.DEFAULT);
    }

    @Test
    void a_count_asks_for_no_rows() {
        assertThat(service.count(AssessmentFilter.NONE)).isEqualTo(120);
        assertThat(source.searches()).extracting(ListedAssessments.Search::limit).containsExactly(0);
    }

    @Test
    void filters_and_sorts_the_source_cannot_apply_are_refused_before_they_reach_it() {
        assertThatThrownBy(() -> service.search(AssessmentFilter.withFindings(Severity.MAJOR), List.of(), 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a small source");
        assertThatThrownBy(() -> service.search(AssessmentFilter.NONE,
                List.of(new AssessmentSort(Field.CASE_ID, false)), 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.search(AssessmentFilter.NONE, List.of(new AssessmentSort(Field.UPDATED, true),
                new AssessmentSort(Field.DUE_DATE, false)), 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(source.searches()).isEmpty();
    }
}
