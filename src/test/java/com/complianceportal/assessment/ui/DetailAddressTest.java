package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.service.SampleAssessments;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A register row opens by the id users see, by the source's own id when a vendor's visible id is odd, or not at all. */
class DetailAddressTest {

    @Test
    void a_row_opens_by_the_id_users_see() {
        AssessmentSummary row = SampleAssessments.row(7);

        assertThat(AssessmentDetailView.parameters(row)).hasValueSatisfying(
                parameters -> assertThat(parameters.get("id")).hasValue("100007-1"));
    }

    @Test
    void a_visible_id_that_cannot_stand_in_an_address_gives_way_to_the_source_id() throws Exception {
        AssessmentSummary row = with(SampleAssessments.row(7), "non eiusmod/../voluptate", null);

        assertThat(AssessmentDetailView.parameters(row)).hasValueSatisfying(
                parameters -> assertThat(parameters.get("id")).hasValue(SampleAssessments.row(7).id()));
    }

    @Test
    void a_row_without_any_usable_id_cannot_be_opened() throws Exception {
        assertThat(AssessmentDetailView.parameters(with(SampleAssessments.row(7), "a b", "<img src=x>"))).isEmpty();
    }

    /** A copy of the row with another visible id and, when given, another source id. */
    private static AssessmentSummary with(AssessmentSummary row, String assessmentId, String id) throws Exception {
        RecordComponent[] components = AssessmentSummary.class.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = switch (components[i].getName()) {
                case "assessmentId" -> assessmentId;
                case "id" -> id == null ? row.id() : id;
                default -> components[i].getAccessor().invoke(row);
            };
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return AssessmentSummary.class.getDeclaredConstructor(types).newInstance(values);
    }
}
