package com.complianceportal.assessment.service.export;

import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.Stakeholders;
import com.complianceportal.assessment.domain.Standard;
import com.complianceportal.assessment.service.SampleAssessments;
import java.util.List;
import java.util.Map;

/** Rows whose vendor text tries to break a CSV file or to run as a spreadsheet formula. */
final class TrickyAssessments {

    static final String REASON = "Follow-up, after \"critical\" findings\nsecond line";
    static final String FORMULA = "=HYPERLINK(\"http://attacker.example\",\"Click\")";

    private TrickyAssessments() {
    }

    /** Text fields start with each character a spreadsheet may treat as a formula; the score is -5 (a number). */
    static AssessmentSummary formulas() {
        var sample = SampleAssessments.row(7);
        var stakeholders = sample.stakeholders();
        return new AssessmentSummary(sample.id(), "100007-1", "+CASE", "-RPT", "@Status", "\tType", FORMULA,
                "\rWorkflow", new Standard("Environmental Audit", "6.1"), "Good", "-5", null, List.of(), 0,
                sample.dates(), new Stakeholders(stakeholders.assessedOrg(), stakeholders.assessedAddress(), null,
                        List.of(), null, List.of()),
                null, null, sample.updatedAt(), Map.of());
    }

    static AssessmentSummary withReason(String reason) {
        var s = SampleAssessments.row(4);
        return new AssessmentSummary(s.id(), s.assessmentId(), s.caseId(), s.reportId(), s.status(), s.type(), reason,
                s.workflowName(), s.standard(), s.rating(), s.score(), s.scorePercentage(), s.findings(),
                s.areasToImprove(), s.dates(), s.stakeholders(), s.capa(), s.schedulingStatus(), s.updatedAt(),
                s.customFields());
    }
}
