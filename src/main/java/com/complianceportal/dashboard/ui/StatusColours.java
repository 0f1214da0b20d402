package com.complianceportal.dashboard.ui;

import com.complianceportal.assessment.domain.Severity;

/** Chart colours of statuses and severities, as Lumo properties so that light and dark both read well. */
final class StatusColours {

    private StatusColours() {
    }

    static String of(String status) {
        return switch (status) {
            case "New" -> "var(--lumo-contrast-40pct)";
            case "In Progress" -> "var(--lumo-primary-color)";
            case "Completed" -> "var(--lumo-success-color)";
            // Distinct in hue from Completed's green, so that the two read apart in light and dark.
            case "Submitted" -> "hsl(265, 55%, 60%)";
            case "Aborted" -> "var(--lumo-error-color)";
            case "Report Declined" -> "var(--lumo-error-color-50pct)";
            default -> "var(--lumo-contrast-70pct)";
        };
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "var(--lumo-error-color)";
            case MAJOR -> "var(--lumo-warning-color, #e8a317)";
            case MINOR -> "var(--lumo-primary-color)";
            default -> "var(--lumo-contrast-50pct)";
        };
    }
}
