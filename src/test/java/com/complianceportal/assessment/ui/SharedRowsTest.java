package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentRow;
import com.complianceportal.assessment.service.SampleAssessments;
import org.junit.jupiter.api.Test;

/** Open tabs that show the same assessment share one row object; a different assessment is its own row. */
class SharedRowsTest {

    @Test
    void equal_rows_read_for_different_tabs_are_one_object() {
        AssessmentRow first = SharedRows.shared(AssessmentRow.of(SampleAssessments.row(7)));
        AssessmentRow second = SharedRows.shared(AssessmentRow.of(SampleAssessments.row(7)));

        assertThat(second).isSameAs(first);
        assertThat(second.caseId()).isEqualTo(SampleAssessments.row(7).caseId());
    }

    @Test
    void a_different_assessment_is_a_different_row() {
        AssessmentRow seven = SharedRows.shared(AssessmentRow.of(SampleAssessments.row(7)));
        AssessmentRow eight = SharedRows.shared(AssessmentRow.of(SampleAssessments.row(8)));

        assertThat(eight).isNotSameAs(seven).isNotEqualTo(seven);
        assertThat(eight.assessmentId()).isEqualTo(SampleAssessments.row(8).assessmentId());
    }
}
