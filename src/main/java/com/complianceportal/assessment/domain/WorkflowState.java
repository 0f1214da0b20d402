package com.complianceportal.assessment.domain;

import java.util.Locale;

/** The state of the workflow that creating an assessment starts. */
public enum WorkflowState {
    ACTIVE("Active"), CANCELLED("Cancelled"), ERROR("Error");

    private final String label;

    WorkflowState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The vendor's text ("Active", "Cancelled", "Error"), in any case; "Canceled" is read as cancelled. */
    public static WorkflowState fromText(String text) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "ACTIVE" -> ACTIVE;
            case "CANCELLED", "CANCELED" -> CANCELLED;
            case "ERROR" -> ERROR;
            default -> throw new IllegalArgumentException("Unknown workflow state: " + text);
        };
    }
}
