package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.WorkflowError;
import com.complianceportal.assessment.domain.WorkflowState;
import com.complianceportal.base.ui.UserTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** What the last create answered, in words: the created assessment with its workflow, or why none was created. */
class CreationResultPanel extends Div {

    CreationResultPanel() {
        setId("result-panel");
        addClassName("creation-result");
        setVisible(false);
    }

    void show(CreationResult result, String entityName, String templateName) {
        removeAll();
        getElement().setAttribute("outcome", kind(result));
        switch (result) {
            case CreationResult.Created(CreatedAssessment created) -> created(created);
            case CreationResult.EntityNotFound missing -> add(new H3("No assessment created"), new Paragraph(
                    "The entity \"" + entityName + "\" (" + missing.entityId() + ") does not exist any more."
                            + " Choose another entity."));
            case CreationResult.TemplateNotFound missing -> add(new H3("No assessment created"), new Paragraph(
                    "The template \"" + templateName + "\" (" + missing.templateId() + ") does not exist any more."
                            + " Choose another template."));
            case CreationResult.OpenAssessmentExists open -> conflict(open, entityName, templateName);
        }
        setVisible(true);
    }

    private void created(CreatedAssessment created) {
        WorkflowState state = created.workflowState();
        add(new H3(switch (state) {
            case ACTIVE -> "Assessment created, its workflow is running";
            case CANCELLED -> "Assessment created, but its workflow was cancelled";
            case ERROR -> "Assessment created, but its workflow could not start";
        }));
        if (created.repeated()) {
            add(new Paragraph("You already created this assessment with this entity and template: here it is again."
                    + " Choose another entity or template to create another one."));
        }
        var stateBadge = new Span(state.label());
        stateBadge.setId("workflow-state");
        stateBadge.getElement().getThemeList().add("badge " + switch (state) {
            case ACTIVE -> "success";
            case CANCELLED -> "contrast";
            case ERROR -> "error";
        });
        UserTime time = UserTime.current();
        add(facts(fact("Workflow state", stateBadge), fact("Outcome", text(created.outcomeName())),
                fact("Status", text(created.statusName())), fact("Created", text(time.dateTime(created.createdAt())))));
        WorkflowError error = created.error();
        if (state == WorkflowState.ERROR && error != null) {
            var details = facts(fact("Message", text(error.message())), fact("Details", text(error.details())),
                    fact("Step", text(error.step())), fact("Type", text(error.type())));
            details.setId("error-details");
            details.addClassName("workflow-error");
            add(details);
        }
        String assessmentId = created.assessmentId();
        add(assessmentId == null ? link("result-link", created.id(), "Open the new assessment")
                : link("result-link", assessmentId, "Open assessment " + assessmentId));
    }

    private void conflict(CreationResult.OpenAssessmentExists open, String entityName, String templateName) {
        add(new H3("No assessment created"),
                new Paragraph("\"" + entityName + "\" already has an open assessment of the type that \"" + templateName
                        + "\" creates: " + open.assessmentId() + " (" + open.status() + "). Open it to continue the"
                        + " work there, or choose another entity or template."),
                link("conflict-link", open.assessmentId(), "Open assessment " + open.assessmentId()));
    }

    /** A link to the page of the assessment with {@code assessmentId} (or its internal id, when that is unknown). */
    private static Anchor link(String id, String assessmentId, String text) {
        var link = new Anchor(AssessmentDetailView.path(assessmentId), text);
        link.setId(id);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private static Div facts(Div... facts) {
        var list = new Div(facts);
        list.addClassName("result-facts");
        return list;
    }

    private static Div fact(String label, Component value) {
        var term = new Span(label);
        term.addClassName("term");
        return new Div(term, value);
    }

    private static Span text(@Nullable String value) {
        return new Span(value == null || value.isBlank() ? "–" : value);
    }

    private static String kind(CreationResult result) {
        return switch (result) {
            case CreationResult.Created c -> c.assessment().workflowState().name().toLowerCase(java.util.Locale.ROOT);
            case CreationResult.EntityNotFound e -> "entity-not-found";
            case CreationResult.TemplateNotFound t -> "template-not-found";
            case CreationResult.OpenAssessmentExists o -> "conflict";
        };
    }
}
