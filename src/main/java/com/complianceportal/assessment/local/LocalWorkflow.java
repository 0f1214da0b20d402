package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.WorkflowState;
import org.jspecify.annotations.Nullable;

/**
 * The local stand-in for the vendor's workflow engine. A template's workflow starts (Active, status New, outcome
 * Pending) unless the template is retired: its workflow definition is withdrawn, so the start fails (Error) and the
 * assessment is recorded as Aborted, which keeps it from blocking a new attempt with a current template.
 */
final class LocalWorkflow {

    /** The outcome of a started workflow, with the register status and outcome (by name) to record. */
    record Start(WorkflowState state, String status, String outcome, @Nullable String errorMessage,
            @Nullable String errorDetails, @Nullable String errorStep, @Nullable String errorType) {
    }

    private LocalWorkflow() {
    }

    static Start start(LocalCatalogue.Template template) {
        if (!template.retired()) {
            return new Start(WorkflowState.ACTIVE, "New", "Pending", null, null, null, null);
        }
        return new Start(WorkflowState.ERROR, "Aborted", "Not assessed",
                "The workflow \"" + template.workflowName() + "\" could not be started.",
                "Template \"" + template.name() + "\" is retired and its workflow definition has no published"
                        + " version. Create the assessment from a current template.",
                "Start workflow", "WorkflowDefinitionNotPublished");
    }
}
