package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.NewAssessmentRequest;

/**
 * The port that creates an assessment and starts its workflow (the workflow vendor's POST /v5/assessments). It is
 * called once per request key ({@link CreateRequests} sees to that) and never retried: a repeated POST could create a
 * second assessment. Callers are {@link AssessmentCreationService} only, which checks roles.
 */
public interface WorkflowStarter {

    /** Creates the assessment and starts its workflow, all or nothing as far as this portal is concerned. */
    CreationResult start(NewAssessmentRequest request, String requestedBy);
}
