package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.service.AssessmentCreationService;
import com.complianceportal.base.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * Creates an assessment of an entity from a template and shows at once whether its workflow started. Each form
 * submit carries a request key, renewed after every create, so a repeated submit never creates a second assessment.
 */
@Route("assessments/new")
@PageTitle("New assessment")
@Menu(title = "New assessment", icon = "vaadin:plus", order = 20)
@RolesAllowed(Roles.ASSESSOR)
@StyleSheet("new-assessment.css")
class NewAssessmentView extends VerticalLayout {

    final NewAssessmentForm form;
    final Button create = new Button("Create assessment");
    final CreationResultPanel result = new CreationResultPanel();
    private final AssessmentCreationService service;
    private UUID requestKey = UUID.randomUUID();

    NewAssessmentView(AssessmentCreationService service) {
        this.service = service;
        this.form = new NewAssessmentForm(service);
        addClassName("new-assessment-view");
        setMaxWidth("48rem");
        create.setId("create-assessment");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(click -> submit());
        add(new Paragraph("Choose the entity to assess and the template to start from. Creating the assessment"
                + " starts its workflow and adds it to the register."), form, create, result);
    }

    UUID requestKey() {
        return requestKey;
    }

    private void submit() {
        try {
            form.request(requestKey).ifPresent(request -> {
                CreationResult outcome = service.create(request);
                result.show(outcome, form.entityName(), form.templateName());
                result.scrollIntoView();
                if (outcome instanceof CreationResult.Created) {
                    requestKey = UUID.randomUUID();
                }
            });
        } finally {
            create.setEnabled(true);
        }
    }
}
