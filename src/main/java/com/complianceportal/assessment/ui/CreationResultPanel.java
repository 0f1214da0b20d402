package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.WorkflowError;
import com.complianceportal.assessment.domain.WorkflowState;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.base.ui.error.FailureText;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
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
            case CreationResult.EntityNotFound missing -> add(new H3(Texts.t("assessment.creationResultPanel.noAssessmentCreated")), new Paragraph(
                    Texts.t("assessment.creationResultPanel.theEntityDoesNot", entityName, missing.entityId())));
            case CreationResult.TemplateNotFound missing -> add(new H3(Texts.t("assessment.creationResultPanel.noAssessmentCreated2")), new Paragraph(
                    Texts.t("assessment.creationResultPanel.theTemplateDoesNot", templateName, missing.templateId())));
            case CreationResult.OpenAssessmentExists open -> conflict(open, entityName, templateName);
            case CreationResult.VendorRefused refused -> add(new H3(Texts.t("assessment.creationResultPanel.noAssessmentCreated3")),
                    new Paragraph(refusal(refused, entityName, templateName)));
            case CreationResult.StillRunning running -> add(new H3(Texts.t("assessment.creationResultPanel.thisAssessmentIsStill")),
                    new Paragraph(Texts.t("assessment.creationResultPanel.thisFormWasSubmitted")));
        }
        setVisible(true);
    }

    /** The workflow system could not be asked: nothing was created. */
    void showFailure(SourceFailure failure) {
        removeAll();
        getElement().setAttribute("outcome", "failed");
        add(new H3(Texts.t("assessment.creationResultPanel.noAssessmentCreated4")),
                new Paragraph(FailureText.of(failure)
                + (FailureText.worthRetrying(failure) ? " "
                        + Texts.t("assessment.creationResultPanel.yourChoicesAreKept")
                        : "")));
        setVisible(true);
    }

    private void created(CreatedAssessment created) {
        WorkflowState state = created.workflowState();
        add(new H3(switch (state) {
            case ACTIVE -> Texts.t("assessment.creationResultPanel.assessmentCreatedItsWorkflow");
            case CANCELLED -> Texts.t("assessment.creationResultPanel.assessmentCreatedButIts");
            case ERROR -> Texts.t("assessment.creationResultPanel.assessmentCreatedButIts2");
        }));
        if (created.repeated()) {
            add(new Paragraph(Texts.t("assessment.creationResultPanel.youAlreadyCreatedThis")));
        }
        var stateBadge = new Span(Labels.label(state));
        stateBadge.setId("workflow-state");
        stateBadge.getElement().getThemeList().add("badge " + switch (state) {
            case ACTIVE -> "success";
            case CANCELLED -> "contrast";
            case ERROR -> "error";
        });
        UserTime time = UserTime.current();
        var facts = facts(fact(Texts.t("assessment.creationResultPanel.workflowState"), stateBadge),
                fact(Texts.t("assessment.creationResultPanel.outcome"), text(created.outcomeName())));
        if (created.statusName() != null) {
            // The workflow vendor gives a status id only; a name appears once the register lists the assessment.
            facts.add(fact(Texts.t("assessment.creationResultPanel.status"), text(created.statusName())));
        }
        facts.add(fact(Texts.t("assessment.creationResultPanel.created"), text(time.dateTime(created.createdAt()))));
        add(facts);
        WorkflowError error = created.error();
        if (state == WorkflowState.ERROR && error != null) {
            var details = facts(fact(Texts.t("assessment.creationResultPanel.message"), text(error.message())),
                    fact(Texts.t("assessment.creationResultPanel.details"), text(error.details())),
                    fact(Texts.t("assessment.creationResultPanel.step"), text(error.step())),
                            fact(Texts.t("assessment.creationResultPanel.type"), text(error.type())));
            details.setId("error-details");
            details.addClassName("workflow-error");
            add(details);
        }
        String assessmentId = created.assessmentId();
        if (assessmentId != null) {
            add(link("result-link", assessmentId, Texts.t("assessment.creationResultPanel.openAssessment",
                    assessmentId)));
        } else {
            // A workflow id is not a register id: a link made from it would lead to "not found".
            var later = new Paragraph(created.id().isBlank()
                    ? Texts.t("assessment.creationResultPanel.theAssessmentAppearsIn")
                    : Texts.t("assessment.creationResultPanel.workflowAssessmentId", created.id()));
            later.setId("result-not-in-register");
            add(later);
        }
    }

    private void conflict(CreationResult.OpenAssessmentExists open, String entityName, String templateName) {
        add(new H3(Texts.t("assessment.creationResultPanel.noAssessmentCreated5")),
                new Paragraph(Texts.t("assessment.creationResultPanel.createsOpenItTo", entityName, templateName,
                        open.assessmentId(), open.status())),
                link("conflict-link", open.assessmentId(), Texts.t("assessment.creationResultPanel.openAssessment2",
                        open.assessmentId())));
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
            case NOT_FOUND -> Texts.t("assessment.creationResultPanel.vendorNotFound", entityName, templateName);
            case CONFLICT -> Texts.t("assessment.creationResultPanel.vendorConflict", entityName, templateName);
        };
        String message = refused.vendorMessage();
        return message == null || message.isBlank() ? why : why + " "
                + Texts.t("assessment.creationResultPanel.theWorkflowSystemSaid", message);
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
