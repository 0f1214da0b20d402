package com.complianceportal.assessment.domain;

import java.util.List;

/** One page of the register's grid and the total of the whole filtered set, as one answer. */
public record AssessmentRowPage(List<AssessmentRow> rows, long total) {

    public AssessmentRowPage {
        rows = List.copyOf(rows);
    }

    /** The rows of {@code page}. */
    public static AssessmentRowPage of(AssessmentPage page) {
        return new AssessmentRowPage(page.rows().stream().map(AssessmentRow::of).toList(), page.total());
    }
}
