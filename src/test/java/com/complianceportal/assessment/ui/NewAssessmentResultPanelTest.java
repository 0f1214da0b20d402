package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.WorkflowError;
import com.complianceportal.assessment.domain.WorkflowState;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every answer of a create, as the result panel words it, including those only the vendor's API gives. Spring-based,
 * so that the signed-in layout of the start page can be built, in the context the other view tests share.
 */
@SpringBootTest
class NewAssessmentResultPanelTest extends SpringBrowserlessTest {

    private final CreationResultPanel panel = new CreationResultPanel();

    @BeforeEach
    void addPanel() {
        UI.getCurrent().add(panel);
    }

    private static CreatedAssessment created(WorkflowState state, WorkflowError error) {
        return new CreatedAssessment("497f6eca-6276-4993-bfeb-53cbbbba6f08", null,
                OffsetDateTime.parse("2019-08-24T14:15:22Z"), "e", "t", "i", "s", "Cancelled", "o", "Withdrawn", "w",
                state, error, false);
    }

    @Test
    void the_link_names_the_assessment_id_users_see_when_it_is_known() {
        CreatedAssessment known = created(WorkflowState.ACTIVE, null);
        known = new CreatedAssessment(known.id(), "100123-1", known.createdAt(), "e", "t", "i", "s", "New", "o",
                "Pending", "w", WorkflowState.ACTIVE, null, false);

        panel.show(new CreationResult.Created(known), "Site", "Template");

        Anchor link = find(Anchor.class).withId("result-link").single();
        assertThat(link.getHref()).isEqualTo("assessments/100123-1");
        assertThat(link.getText()).isEqualTo("Open assessment 100123-1");
    }

    @Test
    void a_cancelled_workflow_is_shown_as_cancelled() {
        panel.show(new CreationResult.Created(created(WorkflowState.CANCELLED, null)), "Site", "Template");

        assertThat(find(Span.class).withId("workflow-state").single().getText()).isEqualTo("Cancelled");
        assertThat(panel.getElement().getTextRecursively()).contains("was cancelled").contains("Withdrawn");
        assertThat(find(Anchor.class).withId("result-link").all())
                .as("a workflow id is not a register id: no link to a page that would not be found").isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("result-not-in-register").single()
                .getText()).contains("497f6eca-6276-4993-bfeb-53cbbbba6f08");
    }

    @Test
    void a_vendor_refusal_is_explained_with_the_vendors_own_words_as_text() {
        panel.show(new CreationResult.VendorRefused(CreationResult.Refusal.CONFLICT,
                "<i>Assessment already exists</i> for this template type"), "Bright Site", "Audit");

        String text = panel.getElement().getTextRecursively();
        assertThat(text).contains("\"Bright Site\" already has an assessment of the type that \"Audit\" creates")
                .contains("The workflow system said: <i>Assessment already exists</i>");
        assertThat(panel.getElement().getAttribute("outcome")).isEqualTo("conflict");
        assertThat(find(Anchor.class).all()).isEmpty();
    }

    @Test
    void a_create_still_running_elsewhere_says_so() {
        panel.show(new CreationResult.StillRunning(), "Site", "Template");

        assertThat(panel.getElement().getTextRecursively()).contains("still being created");
    }

    @Test
    void error_fields_that_the_vendor_left_empty_show_as_a_dash_and_text_is_never_markup() {
        var error = new WorkflowError("<b>boom</b>", null, "Step 1", null);

        panel.show(new CreationResult.Created(created(WorkflowState.ERROR, error)), "Site", "Template");

        String text = find(com.vaadin.flow.component.html.Div.class).withId("error-details").single().getElement()
                .getTextRecursively();
        assertThat(text).contains("<b>boom</b>").contains("–").contains("Step 1");
    }

    @Test
    void an_unknown_entity_or_template_is_named() {
        UUID id = UUID.randomUUID();
        panel.show(new CreationResult.EntityNotFound(id), "Jade Valley Textiles", "Audit");
        assertThat(panel.getElement().getTextRecursively()).contains("entity \"Jade Valley Textiles\"")
                .contains(id.toString());

        panel.show(new CreationResult.TemplateNotFound(id), "Jade Valley Textiles", "Audit");
        assertThat(panel.getElement().getTextRecursively()).contains("template \"Audit\"").doesNotContain("entity \"");
    }

    @Test
    void an_open_assessment_is_named_and_linked() {
        panel.show(new CreationResult.OpenAssessmentExists("abc", "100123-1", "In Progress"), "Site", "Audit");

        assertThat(panel.getElement().getTextRecursively()).contains("100123-1 (In Progress)")
                .contains("Open it to continue the work there, or choose another entity or template.")
                .doesNotContain("Finish or cancel").doesNotContain("..");
        assertThat(find(Anchor.class).withId("conflict-link").single().getHref()).isEqualTo("assessments/100123-1");
    }
}
