package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.assessment.service.AssessmentCreationService;
import com.complianceportal.base.ui.error.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The form's rules and who may open it. Nothing is created here, so the shared demo register stays as loaded. */
@SpringBootTest
class NewAssessmentViewTest extends SpringBrowserlessTest {

    @Autowired
    AssessmentCreationService service;

    private NewAssessmentView open() {
        return navigate(NewAssessmentView.class);
    }

    @Test
    @WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
    void pressing_create_with_nothing_chosen_asks_for_both_and_creates_nothing() {
        NewAssessmentView view = open();

        test(view.create).click();

        assertThat(view.form.entity.isInvalid()).isTrue();
        assertThat(view.form.entity.getErrorMessage()).isEqualTo("Choose the entity to assess");
        assertThat(view.form.template.isInvalid()).isTrue();
        assertThat(view.form.template.getErrorMessage())
                .isEqualTo("Choose the template to create the assessment from");
        assertThat(view.result.isVisible()).isFalse();
        assertThat(view.create.isEnabled()).as("the button is usable again").isTrue();
    }

    @Test
    @WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
    void a_chosen_entity_is_kept_while_the_missing_template_is_asked_for() {
        NewAssessmentView view = open();
        var entityPicker = test(view.form.entity);
        entityPicker.setFilter("");
        String first = entityPicker.getSuggestions().getFirst();
        entityPicker.selectItem(first);

        test(view.create).click();

        assertThat(view.form.entity.isInvalid()).isFalse();
        assertThat(view.form.entity.getValue().name()).isEqualTo(first);
        assertThat(view.form.template.isInvalid()).isTrue();
    }

    @Test
    @WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
    void the_entity_picker_lists_what_the_server_matches() {
        NewAssessmentView view = open();
        var entityPicker = test(view.form.entity);
        String someName = service.entities("", 7, 1).getFirst().name();

        entityPicker.setFilter(someName);

        assertThat(entityPicker.getSuggestions()).containsExactly(someName);
    }

    @Test
    @WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
    void the_entity_picker_shows_and_finds_the_organisations_own_id_not_the_internal_one() {
        NewAssessmentView view = open();
        var some = service.entities("", 9, 1).getFirst();
        var entityPicker = test(view.form.entity);

        entityPicker.setFilter(some.orgId());

        assertThat(entityPicker.getSuggestions()).containsExactly(some.name());
        String meta = NewAssessmentForm.meta(some);
        assertThat(meta).contains(some.orgId()).contains(some.type()).doesNotContain(some.id().toString());
        assertThat(meta).contains(java.util.Locale.of("", some.country()).getDisplayCountry(java.util.Locale.ENGLISH));
    }

    @Test
    @WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
    void the_templates_say_what_they_create() {
        NewAssessmentView view = open();
        assertThat(view.form.template.getListDataView().getItems()).hasSize(7)
                .anySatisfy(t -> assertThat(t.name()).isEqualTo("Legacy questionnaire (retired)"));
        assertThat(view.form.template.getElement().getTextRecursively())
                .contains("Verification Assessment · Environmental Audit 6.1");
        assertThat(view.form.template.getListDataView().getItems().filter(AssessmentTemplate::retired))
                .extracting(AssessmentTemplate::name).containsExactly("Legacy questionnaire (retired)");
        assertThat(find(com.vaadin.flow.component.badge.Badge.class).withClassName("template-retired").all())
                .extracting(b -> b.getText()).containsExactly("Retired");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_opening_the_page_is_refused() {
        navigate("assessments/new", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(NewAssessmentView.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_calling_the_service_directly_is_refused() {
        var request = new NewAssessmentRequest(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        assertThatThrownBy(() -> service.create(request)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.countEntities("")).isInstanceOf(AccessDeniedException.class);
    }
}
