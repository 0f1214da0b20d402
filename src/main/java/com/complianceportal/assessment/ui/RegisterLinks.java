package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;

/** Addresses of the register for other views (the dashboard): the filter is in the query string. */
public final class RegisterLinks {

    private RegisterLinks() {
    }

    /** For example {@code assessments?status=Submitted}. */
    public static String to(AssessmentFilter filter) {
        return RegisterQuery.link(filter);
    }
}
