package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.Severity;

/** Badge colours of statuses, ratings and finding severities (Vaadin badge theme variants). */
final class Badges {

    private Badges() {
    }

    static String statusTheme(String status) {
        return switch (status) {
            case "Completed", "Submitted" -> "success";
            case "Aborted", "Report Declined" -> "error";
            case "Assessment Canceled" -> "contrast";
            default -> "";
        };
    }

    static String ratingTheme(String rating) {
        return switch (rating) {
            case "Excellent", "Good" -> "success";
            case "Needs Improvement" -> "warning";
            case "Poor" -> "error";
            default -> "";
        };
    }

    static String severityTheme(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "error";
            case MAJOR -> "warning";
            case MINOR -> "";
            case OBSERVATION, OTHER -> "contrast";
        };
    }

    /** Chart colour of a severity, as a Lumo property so that light and dark both read well. */
    static String severityColour(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "var(--lumo-error-color)";
            case MAJOR -> "var(--lumo-warning-color, #e8a317)";
            case MINOR -> "var(--lumo-primary-color)";
            case OBSERVATION, OTHER -> "var(--lumo-contrast-50pct)";
        };
    }
}
