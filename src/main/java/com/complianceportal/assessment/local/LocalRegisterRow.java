package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.AssessmentDates;
import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.domain.StakeholderDetails;
import com.complianceportal.assessment.domain.StakeholderDetails.Party;
import com.complianceportal.assessment.domain.Stakeholders;
import com.complianceportal.assessment.domain.Standard;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The register row of a created assessment: the first of a new case, type and standard from the template, the entity
 * as assessed organisation. A self-assessment is executed by the entity itself; a verification's auditor is not
 * assigned yet, so its lead executor is the placeholder "To be assigned". {@code updated_at} is the create time, so
 * it heads the register's default order.
 */
final class LocalRegisterRow {

    static final String TO_BE_ASSIGNED = "To be assigned";
    /** The placeholder lead executor of a verification; its organisation row comes with migration V6. */
    static final Party PLACEHOLDER = new Party(new Organisation("d0c7a9e4-1b5f-4c3a-9e8d-2f6b0a4c7e11",
            TO_BE_ASSIGNED, null, "Audit Firm"), Address.NONE, List.of());
    private static final AssessmentDates NO_DATES = new AssessmentDates(null, null, null, null, null, null, null, null,
            null);

    private LocalRegisterRow() {
    }

    static AssessmentDetail of(String id, long caseNumber, LocalCatalogue.Entity entity,
            LocalCatalogue.Template template, LocalWorkflow.Start start, OffsetDateTime now) {
        Party site = new Party(entity.organisation(), entity.address(), List.of());
        boolean self = template.assessmentType().equals(AssessmentVocabulary.TYPES.get(1));
        List<StakeholderDetails.Executor> executors = List.of(self
                ? new StakeholderDetails.Executor(site, true, true, false, List.of("Respondent"))
                : new StakeholderDetails.Executor(PLACEHOLDER, true, false, true, List.of("Lead Auditor")));
        String lead = executors.getFirst().party().organisation().displayName();
        Stakeholders stakeholders = new Stakeholders(entity.organisation(), entity.address(), null,
                executors.stream().map(e -> e.party().organisation()).toList(), lead, List.of());
        String caseId = String.valueOf(caseNumber);
        AssessmentSummary summary = new AssessmentSummary(id, caseId + "-1", caseId, null, start.status(),
                template.assessmentType(), null, template.workflowName(),
                new Standard(template.standardName(), template.standardVersion()), null, null, null, List.of(), 0,
                NO_DATES, stakeholders, null, null, now, Map.of());
        String name = entity.organisation().displayName();
        // A name that ends in an abbreviation ("Co., Ltd.") already ends the sentence.
        String description = "Created from the template \"" + template.name() + "\" for " + name
                + (name.endsWith(".") ? "" : ".");
        return new AssessmentDetail(summary, description, null,
                new StakeholderDetails(site, null, executors, List.of()), null, null);
    }
}
