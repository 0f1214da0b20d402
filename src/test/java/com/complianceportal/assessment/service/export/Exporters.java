package com.complianceportal.assessment.service.export;

import com.complianceportal.assessment.service.AssessmentService;

/** Builds an exporter outside Spring, for UI tests in other packages (its constructor is package-private). */
public final class Exporters {

    private Exporters() {
    }

    public static AssessmentExporter over(AssessmentService assessments) {
        return new AssessmentExporter(assessments);
    }
}
