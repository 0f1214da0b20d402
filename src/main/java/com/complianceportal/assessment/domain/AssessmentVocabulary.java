package com.complianceportal.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The values the vendor documents for statuses and CAPA statuses, in its order. */
public final class AssessmentVocabulary {

    public static final List<String> STATUSES = List.of("New", "In Progress", "Completed", "Submitted", "Aborted",
            "Assessment Canceled", "Report Declined");
    public static final List<String> CAPA_STATUSES = List.of("New", "In-Progress", "Assessment Requested", "Submitted",
            "In Review", "Declined", "Closed", "Assessment Canceled", "Reopened", "Approved");
    public static final List<String> TYPES = List.of("Verification Assessment", "Self Assessment");
    /**
     * Open work: an assessment in one of these statuses still has to be done. Every other status (Completed,
     * Submitted, Aborted, Assessment Canceled, Report Declined) is closed. This one list decides what is overdue, what
     * is due soon on the dashboard, and whether an entity already has an open assessment when a new one is created.
     */
    public static final List<String> OPEN_STATUSES = List.of("New", "In Progress");

    private AssessmentVocabulary() {
    }

    public static boolean isOpen(String status) {
        return OPEN_STATUSES.contains(status);
    }

    /** Due before {@code today} and still open. */
    public static boolean isOverdue(String status, @Nullable LocalDate due, LocalDate today) {
        return due != null && due.isBefore(today) && isOpen(status);
    }
}
