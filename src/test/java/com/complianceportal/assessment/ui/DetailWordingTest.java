package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.service.SampleAssessments;
import com.complianceportal.base.ui.UserTime;
import org.junit.jupiter.api.Test;

/** Counts on the detail page say "1 finding" and "2 findings", never "finding(s)". */
class DetailWordingTest {

    @Test
    void counts_take_the_singular_for_one_and_the_plural_otherwise() {
        assertThat(Counts.findings(1)).isEqualTo("1 finding");
        assertThat(Counts.findings(0)).isEqualTo("0 findings");
        assertThat(Counts.areasToImprove(12)).isEqualTo("12 areas to improve");
        assertThat(Counts.contacts(1234)).isEqualTo("1,234 contacts");
    }

    @Test
    void a_missing_capa_plan_names_its_areas_to_improve_in_the_right_number() {
        assertThat(new CapaPanel(null, 1, UserTime.current()).getElement().getTextRecursively())
                .isEqualTo("No CAPA plan yet for 1 area to improve.");
        assertThat(new CapaPanel(null, 3, UserTime.current()).getElement().getTextRecursively())
                .isEqualTo("No CAPA plan yet for 3 areas to improve.");
    }

    @Test
    void the_findings_summary_counts_findings_and_areas_in_words() {
        // Sample row 1: one critical, two major and three minor findings, four areas to improve.
        String text = new FindingsPanel(SampleAssessments.row(1)).getElement().getTextRecursively();

        assertThat(text).contains("6 findings, 4 areas to improve").doesNotContain("(s)");
    }
}
