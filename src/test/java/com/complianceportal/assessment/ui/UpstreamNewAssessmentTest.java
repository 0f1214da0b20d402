package com.complianceportal.assessment.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.testsupport.UpstreamKeys;
import com.complianceportal.testsupport.UpstreamMode;
import com.complianceportal.testsupport.UpstreamModeTest;
import com.complianceportal.testsupport.VendorStub;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** The create form in upstream mode: pickers and create from Maxsight (WireMock), results in words. */
@UpstreamModeTest
@WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
class UpstreamNewAssessmentTest extends SpringBrowserlessTest implements UpstreamMode {

    static final String WORKFLOW_ID = "497f6eca-6276-4993-bfeb-53cbbbba6f08";

    @Autowired
    ApplicationContext context;

    final WireMockServer vendor = VendorStub.server();

    @BeforeEach
    void maxsightWithOneEntityAndTwoTemplates() {
        UpstreamKeys.give(context, "assessor", Upstream.MAXSIGHT, "assessor-maxsight-key-ui01");
        vendor.stubFor(get("/v5/entities").willReturn(okJson("""
                {"data": [{"id": "8161163a-f227-466f-bc01-090a01e80165", "name": "Jade Valley Textiles",
                           "org_id": "E-500012", "type": "Factory", "country": "CN"}]}""")));
        vendor.stubFor(get("/v5/assessments/templates").willReturn(okJson("""
                [{"id": "c6d67e98-83ea-49f0-8812-e4abae2b68bc", "name": "Environmental Audit 6.1 – Verification",
                  "description": "On-site verification", "assessment_type": "Verification Assessment",
                  "standard_name": "Environmental Audit", "standard_version": "6.1", "workflow_name": "Verification"},
                 {"id": "0b4a4b0e-1a53-4a43-9c4c-7d7d5c8a1f03", "name": "Desk review"}]""")));
    }

    private NewAssessmentView fill(String template) {
        NewAssessmentView view = navigate(NewAssessmentView.class);
        var entityPicker = test(view.form.entity);
        entityPicker.setFilter("jade");
        entityPicker.selectItem(entityPicker.getSuggestions().getFirst());
        test(view.form.template).selectItem(template);
        return view;
    }

    private String text(String id) {
        return find(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    void an_assessment_created_in_maxsight_shows_its_workflow_and_no_register_link() {
        vendor.stubFor(post("/v5/assessments").willReturn(okJson("""
                {"id": "%s", "created_at": "2026-11-29T10:00:00Z", "workflow_state": "Active",
                 "outcome_id": "0323e489-6bf9-4b68-9c8d-5674f46921e4", "status_id": "s",
                 "institution_id": "i", "workflow_instance_id": "w"}""".formatted(WORKFLOW_ID))));
        vendor.stubFor(get("/v5/outcomes/0323e489-6bf9-4b68-9c8d-5674f46921e4")
                .willReturn(okJson("{\"name\": \"Pending\"}")));
        NewAssessmentView view = fill("Environmental Audit 6.1 – Verification");

        test(view.create).click();

        assertThat(find(Span.class).withId("workflow-state").single().getText()).isEqualTo("Active");
        assertThat(text("result-panel")).contains("its workflow is running").contains("Pending")
                .as("Maxsight gives no status name").doesNotContain("Status");
        assertThat(find(Anchor.class).withId("result-link").all()).as("a workflow id is not a register id").isEmpty();
        assertThat(find(Paragraph.class).withId("result-not-in-register").single().getText())
                .contains("once the register lists it").contains(WORKFLOW_ID);
    }

    @Test
    void a_conflict_shows_the_vendors_own_words_as_text_and_keeps_the_choices() {
        vendor.stubFor(post("/v5/assessments").willReturn(aResponse().withStatus(409).withBody(
                "{\"message\": \"<b onmouseover=alert(1)>Assessment</b> of this type exists\"}")));
        NewAssessmentView view = fill("Environmental Audit 6.1 – Verification");

        test(view.create).click();

        Element panel = view.result.getElement();
        assertThat(panel.getAttribute("outcome")).isEqualTo("conflict");
        assertThat(panel.getTextRecursively()).contains("\"Jade Valley Textiles\" already has an assessment of the type")
                .contains("The workflow system said: <b onmouseover=alert(1)>Assessment</b> of this type exists");
        assertThat(panel.getChildren().flatMap(Element::getChildren)).as("the heading and the sentence hold text only")
                .isNotEmpty().allMatch(Element::isTextNode);
        assertThat(view.form.entityName()).isEqualTo("Jade Valley Textiles");
        assertThat(view.form.templateName()).isEqualTo("Environmental Audit 6.1 – Verification");
    }

    @Test
    void a_vendor_failure_creates_nothing_keeps_the_choices_and_pressing_create_again_sends_again() {
        vendor.stubFor(post("/v5/assessments").willReturn(aResponse().withStatus(500)));
        NewAssessmentView view = fill("Desk review");

        test(view.create).click();

        assertThat(text("result-panel")).contains("No assessment created")
                .contains("Maxsight is not available right now").contains("Your choices are kept");
        assertThat(view.form.entityName()).isEqualTo("Jade Valley Textiles");
        assertThat(view.create.isEnabled()).isTrue();
        vendor.verify(1, postRequestedFor(urlEqualTo("/v5/assessments")));
    }

    @Test
    void what_a_template_leaves_out_is_shown_as_not_given() {
        navigate(NewAssessmentView.class);

        String picker = text("template-picker");
        assertThat(picker).contains("On-site verification")
                .contains("Verification Assessment · Environmental Audit 6.1 · workflow Verification")
                .contains("No description given").contains("Type not given · standard not given · workflow not given");
    }

    @Test
    void templates_that_cannot_be_read_leave_the_reason_in_place_of_the_form() {
        vendor.stubFor(get("/v5/assessments/templates").willReturn(aResponse().withStatus(401)));

        navigate(NewAssessmentView.class);

        assertThat(text("failure-panel")).contains("The templates could not be loaded")
                .contains("Your Maxsight API key was rejected: wrong key, region or IP allow list.");
        assertThat(find(Button.class).withId("failure-retry").all()).as("trying again cannot help").isEmpty();
        assertThat(find(Button.class).withId("create-assessment").all()).isEmpty();
    }
}
