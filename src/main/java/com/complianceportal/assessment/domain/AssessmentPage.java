package com.complianceportal.assessment.domain;

import java.util.List;

/** One page of the register and the total of the whole filtered set, as one answer (the vendor sends both at once). */
public record AssessmentPage(List<AssessmentSummary> rows, long total) {

    public AssessmentPage {
        rows = List.copyOf(rows);
    }
}
