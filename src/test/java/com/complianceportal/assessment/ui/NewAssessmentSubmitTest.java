package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.service.AssessmentService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Submitting the form; in a database of its own, so that other tests keep the demo register as it was loaded. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:portal-create-view;DB_CLOSE_DELAY=-1")
@WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
class NewAssessmentSubmitTest extends SpringBrowserlessTest {

    @Autowired
    AssessmentService register;

    /** Fills the form with the entity at {@code index} of the picker and the named template. */
    private NewAssessmentView fill(int index, String template) {
        NewAssessmentView view = navigate(NewAssessmentView.class);
        var entityPicker = test(view.form.entity);
        entityPicker.setFilter("");
        entityPicker.selectItem(entityPicker.getSuggestions().get(index));
        test(view.form.template).selectItem(template);
        return view;
    }

    private String text(String id) {
        return find(com.vaadin.flow.component.Component.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    void a_create_shows_the_running_workflow_with_a_link_and_the_register_grows_by_one() {
        long before = register.count(AssessmentFilter.NONE);
        NewAssessmentView view = fill(10, "Environmental Audit 6.1 – Verification");
        UUID firstKey = view.requestKey();

        test(view.create).click();

        assertThat(view.result.isVisible()).isTrue();
        assertThat(find(Span.class).withId("workflow-state").single().getText()).isEqualTo("Active");
        assertThat(text("result-panel")).contains("Pending").contains("New");
        Anchor link = find(Anchor.class).withId("result-link").single();
        String assessmentId = link.getText().replace("Open assessment ", "");
        assertThat(link.getHref()).isEqualTo("assessments/" + assessmentId);
        assertThat(register.find(assessmentId).orElseThrow().summary().stakeholders().assessedOrg().name())
                .isEqualTo(view.form.entityName());
        assertThat(register.count(AssessmentFilter.NONE)).isEqualTo(before + 1);
        assertThat(view.requestKey()).as("the same choice is the same request").isEqualTo(firstKey);
        assertThat(view.create.isEnabled()).isTrue();
        test(view.form.template).selectItem("Chemical Management 1.2 – Desk review");
        assertThat(view.requestKey()).as("another choice is another request").isNotEqualTo(firstKey);
    }

    @Test
    void clicking_create_again_after_a_success_shows_the_same_assessment_again_and_creates_nothing() {
        NewAssessmentView view = fill(13, "Health and Safety Audit 5.2 – Verification");
        test(view.create).click();
        String createdLink = find(Anchor.class).withId("result-link").single().getHref();
        long after = register.count(AssessmentFilter.NONE);

        test(view.create).click();
        test(view.create).click();

        assertThat(view.result.getElement().getAttribute("outcome")).isEqualTo("active");
        assertThat(find(Anchor.class).withId("result-link").single().getHref()).isEqualTo(createdLink);
        assertThat(find(Anchor.class).withId("conflict-link").all()).isEmpty();
        assertThat(text("result-panel")).contains("already created this assessment");
        assertThat(register.count(AssessmentFilter.NONE)).isEqualTo(after);
    }

    @Test
    void another_choice_and_back_again_shows_the_open_assessment_says_what_to_do_and_keeps_the_input() {
        NewAssessmentView view = fill(11, "Social Compliance Audit 4.0 – Verification");
        test(view.create).click();
        String createdLink = find(Anchor.class).withId("result-link").single().getHref();
        String entity = view.form.entityName();
        test(view.form.template).selectItem("Factory Information 2.3 – Self");
        test(view.form.template).selectItem("Social Compliance Audit 4.0 – Verification");

        test(view.create).click();

        assertThat(find(Anchor.class).withId("conflict-link").single().getHref()).isEqualTo(createdLink);
        assertThat(text("result-panel")).contains("already has an open assessment").contains(entity)
                .contains("Open it to continue the work there, or choose another entity or template.")
                .doesNotContain("Finish or cancel");
        assertThat(view.form.entityName()).isEqualTo(entity);
        assertThat(view.form.templateName()).isEqualTo("Social Compliance Audit 4.0 – Verification");
        assertThat(view.create.isEnabled()).isTrue();
    }

    @Test
    void a_retired_template_asks_first_and_creates_nothing_when_the_user_goes_back() {
        long before = register.count(AssessmentFilter.NONE);
        NewAssessmentView view = fill(14, "Legacy questionnaire (retired)");
        String entity = view.form.entityName();

        test(view.create).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).withId("retired-template-confirm").single();
        assertThat(test(confirm).getText()).contains("is retired").contains("Aborted");
        test(confirm).cancel();

        assertThat(register.count(AssessmentFilter.NONE)).isEqualTo(before);
        assertThat(view.result.isVisible()).isFalse();
        assertThat(view.form.entityName()).isEqualTo(entity);
        assertThat(view.form.templateName()).isEqualTo("Legacy questionnaire (retired)");
        assertThat(view.create.isEnabled()).isTrue();
    }

    @Test
    void a_workflow_that_cannot_start_shows_its_error_message_details_step_and_type() {
        NewAssessmentView view = fill(12, "Legacy questionnaire (retired)");
        long before = register.count(AssessmentFilter.NONE);

        test(view.create).click();
        test(find(ConfirmDialog.class).withId("retired-template-confirm").single()).confirm();
        test(view.create).click();

        assertThat(find(ConfirmDialog.class).withId("retired-template-confirm").all())
                .as("the same choice again is not asked about again").allMatch(d -> !d.isOpened());
        assertThat(register.count(AssessmentFilter.NONE)).as("one Aborted row, not two").isEqualTo(before + 1);
        assertThat(find(Span.class).withId("workflow-state").single().getText()).isEqualTo("Error");
        String details = find(Div.class).withId("error-details").single().getElement().getTextRecursively();
        assertThat(details).contains("could not be started").contains("retired").contains("Start workflow")
                .contains("WorkflowDefinitionNotPublished");
        assertThat(find(Anchor.class).withId("result-link").all()).hasSize(1);
    }
}
