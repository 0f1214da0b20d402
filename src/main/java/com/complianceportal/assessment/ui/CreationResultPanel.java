package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.WorkflowError;
import com.complianceportal.assessment.domain.WorkflowState;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.base.ui.error.FailureText;
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
            case CreationResult.VendorRefused refused -> add(new H3("No assessment created"),
                    new Paragraph(refusal(refused, entityName, templateName)));
            case CreationResult.StillRunning running -> add(new H3("This assessment is still being created"),
                    new Paragraph("This form was submitted a moment ago, perhaps in another tab, and that create has not"
                            + " finished yet. Look for it in the register in a minute rather than creating it again."));
        }
        setVisible(true);
    }

    /** The workflow system could not be asked: nothing was created. */
    void showFailure(SourceFailure failure) {
        removeAll();
        getElement().setAttribute("outcome", "failed");
        add(new H3("No assessment created"), new Paragraph(FailureText.of(failure)
                + (FailureText.worthRetrying(failure) ? " Your choices are kept: press Create assessment to try again."
                        : "")));
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
        var facts = facts(fact("Workflow state", stateBadge), fact("Outcome", text(created.outcomeName())));
        if (created.statusName() != null) {
            // The workflow vendor gives a status id only; a name appears once the register lists the assessment.
            facts.add(fact("Status", text(created.statusName())));
        }
        facts.add(fact("Created", text(time.dateTime(created.createdAt()))));
        add(facts);
        WorkflowError error = created.error();
        if (state == WorkflowState.ERROR && error != null) {
            var details = facts(fact("Message", text(error.message())), fact("Details", text(error.details())),
                    fact("Step", text(error.step())), fact("Type", text(error.type())));
            details.setId("error-details");
            details.addClassName("workflow-error");
            add(details);
        }
        String assessmentId = created.assessmentId();
        if (assessmentId != null) {
            add(link("result-link", assessmentId, "Open assessment " + assessmentId));
        } else {
            // A workflow id is not a register id: a link made from it would lead to "not found".
            var later = new Paragraph("The assessment appears in the register once the register lists it"
                    + (created.id().isBlank() ? "." : " (workflow assessment id " + created.id() + ")."));
            later.setId("result-not-in-register");
            add(later);
        }
    }

    private void conflict(CreationResult.OpenAssessmentExists open, String entityName, String templateName) {
        add(new H3("No assessment created"),
                new Paragraph("\"" + entityName + "\" already has an open assessment of the type that \"" + templateName
                        + "\" creates: " + open.assessmentId() + " (" + open.status() + "). Open it to continue the"
                        + " work there, or choose another entity or template."),
                link("conflict-link", open.assessmentId(), "Open assessment " + open.assessmentId()));
    }

    /** A link to the page of the assessment with {@code assessmentId}. */
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

    /** The vendor's refusal in words, with its own message where it gave one. */
    private static String refusal(CreationResult.VendorRefused refused, String entityName, String templateName) {
        String why = switch (refused.refusal()) {
            case NOT_FOUND -> "The workflow system does not know the entity \"" + entityName + "\" or the template \""
                    + templateName + "\" any more. Choose them again from the lists.";
            case CONFLICT -> "\"" + entityName + "\" already has an assessment of the type that \"" + templateName
                    + "\" creates. Continue the work in that assessment, or choose another entity or template.";
        };
        String message = refused.vendorMessage();
        return message == null || message.isBlank() ? why : why + " The workflow system said: " + message;
    }

    private static String kind(CreationResult result) {
        return switch (result) {
            case CreationResult.Created c -> c.assessment().workflowState().name().toLowerCase(java.util.Locale.ROOT);
            case CreationResult.EntityNotFound e -> "entity-not-found";
            case CreationResult.TemplateNotFound t -> "template-not-found";
            case CreationResult.OpenAssessmentExists o -> "conflict";
            case CreationResult.VendorRefused v -> v.refusal() == CreationResult.Refusal.CONFLICT ? "conflict"
                    : "not-found";
            case CreationResult.StillRunning s -> "still-running";
        };
    }
}
