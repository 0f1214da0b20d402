package com.complianceportal.assessment.domain;

import java.util.List;

/** The values the vendor documents for statuses and CAPA statuses, in its order. */
public final class AssessmentVocabulary {

    public static final List<String> STATUSES = List.of("New", "In Progress", "Completed", "Submitted", "Aborted",
            "Assessment Canceled", "Report Declined");
    public static final List<String> CAPA_STATUSES = List.of("New", "In-Progress", "Assessment Requested", "Submitted",
            "In Review", "Declined", "Closed", "Assessment Canceled", "Reopened", "Approved");
    public static final List<String> TYPES = List.of("Verification Assessment", "Self Assessment");
    /** Statuses after which an assessment is no longer overdue, whatever its due date. */
    public static final List<String> FINISHED_STATUSES = List.of("Completed", "Submitted", "Aborted",
            "Assessment Canceled");

    private AssessmentVocabulary() {
    }
}
