package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.assessment.service.AssessmentCreationService;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.base.security.Roles;
import com.complianceportal.base.ui.error.FailurePanel;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * Creates an assessment of an entity from a template and shows at once whether its workflow started. Each submit
 * carries a request key that stays the same until the user chooses another entity or template, so submitting the same
 * choice again shows the assessment it created instead of creating a second one (or being refused for it).
 */
@Route("assessments/new")
@Menu(title = "menu.newAssessment", icon = "vaadin:plus", order = 20)
@RolesAllowed(Roles.ASSESSOR)
@StyleSheet("new-assessment.css")
class NewAssessmentView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return Texts.t("assessment.newAssessmentView.newAssessment");
    }

    final NewAssessmentForm form;
    final Button create = new Button(Texts.t("assessment.newAssessmentView.createAssessment"));
    final CreationResultPanel result = new CreationResultPanel();
    private final AssessmentCreationService service;
    private UUID requestKey = UUID.randomUUID();
    /** Whether {@link #requestKey} has created an assessment: submitting it again shows that one again. */
    private boolean created;

    NewAssessmentView(AssessmentCreationService service) {
        this.service = service;
        this.form = new NewAssessmentForm(service);
        addClassName("new-assessment-view");
        setMaxWidth("48rem");
        create.setId("create-assessment");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(click -> submit());
        // Another choice is another request; the same choice again answers with its first result.
        form.addChoiceListener(() -> {
            requestKey = UUID.randomUUID();
            created = false;
        });
        add(new Paragraph(Texts.t("assessment.newAssessmentView.chooseTheEntityTo")));
        try {
            form.loadTemplates();
            add(form, create, result);
        } catch (SourceFailure failure) {
            add(new FailurePanel(Texts.t("assessment.newAssessmentView.theTemplatesCouldNot"), failure,
                    () -> UI.getCurrent().getPage().reload()));
        }
    }

    UUID requestKey() {
        return requestKey;
    }

    private void submit() {
        try {
            form.request(requestKey).ifPresent(request -> {
                if (form.retiredTemplateChosen() && !created) {
                    confirmRetired(request);
                } else {
                    create(request);
                }
            });
        } finally {
            create.setEnabled(true);
        }
    }

    private void create(NewAssessmentRequest request) {
        CreationResult outcome;
        try {
            outcome = service.create(request);
        } catch (SourceFailure failure) {
            // Nothing was created and the form keeps what the user chose: trying again is one click.
            result.showFailure(failure);
            result.scrollIntoView();
            return;
        }
        result.show(outcome, form.entityName(), form.templateName());
        result.scrollIntoView();
        created = created || outcome instanceof CreationResult.Created;
    }

    /** A retired template's workflow cannot start: creating from it only records an Aborted assessment. */
    private void confirmRetired(NewAssessmentRequest request) {
        var dialog = new ConfirmDialog(Texts.t("assessment.newAssessmentView.createFromARetired"),
                Texts.t("assessment.newAssessmentView.chooseACurrentTemplate", form.templateName()),
                Texts.t("assessment.newAssessmentView.createAnyway"), confirm -> create(request));
        dialog.setId("retired-template-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("assessment.newAssessmentView.backToTheForm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
