package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.assessment.service.AssessmentCreationService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.card.Card;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Detail pages of assessments created in the portal. In the database of {@link NewAssessmentSubmitTest}, with entities
 * of its own (from index 20 on), so that the two never meet in the open-assessment rule.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:portal-create-view;DB_CLOSE_DELAY=-1")
@WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
class CreatedAssessmentDetailTest extends SpringBrowserlessTest {

    @Autowired
    AssessmentCreationService creation;

    private CreatedAssessment create(int entity, String template) {
        AssessmentTemplate chosen = creation.templates().stream().filter(t -> t.name().equals(template)).findFirst()
                .orElseThrow();
        var request = new NewAssessmentRequest(creation.entities("", entity, 1).getFirst().id(), chosen.id(),
                UUID.randomUUID());
        return ((CreationResult.Created) creation.create(request)).assessment();
    }

    private String text(String id) {
        return find(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    void an_assessment_aborted_by_its_workflow_shows_the_error_message_details_step_and_type() {
        CreatedAssessment aborted = create(20, "Legacy questionnaire (retired)");

        navigate("assessments/" + aborted.assessmentId(), AssessmentDetailView.class);

        assertThat(text("workflow-error")).contains("could not be started").contains("is retired")
                .contains("Start workflow").contains("WorkflowDefinitionNotPublished");
    }

    @Test
    void a_created_verification_shows_its_placeholder_lead_executor_as_a_stakeholder_card() {
        CreatedAssessment verification = create(22, "Environmental Audit 6.1 – Verification");

        navigate("assessments/" + verification.assessmentId(), AssessmentDetailView.class);

        Card card = find(Card.class).withId("card-executor-0").single();
        assertThat(card.getTitleAsText()).isEqualTo("To be assigned");
        assertThat(find(Badge.class).from(card).all()).extracting(Badge::getText).contains("Lead", "Placeholder");
        assertThat(text("keyfact-lead")).contains("To be assigned").contains("Placeholder")
                .contains("No contact persons");
    }

    @Test
    void an_assessment_whose_workflow_runs_shows_no_error() {
        CreatedAssessment running = create(21, "Factory Information 2.3 – Self");

        navigate("assessments/" + running.assessmentId(), AssessmentDetailView.class);

        assertThat(find(Component.class).withId("workflow-error").all()).isEmpty();
    }
}
