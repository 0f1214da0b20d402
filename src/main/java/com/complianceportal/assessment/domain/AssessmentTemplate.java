package com.complianceportal.assessment.domain;

import java.util.UUID;

/**
 * A template to create an assessment from: what it is called, and the type, standard and workflow it creates. A
 * retired template's workflow is withdrawn: an assessment created from it is recorded as Aborted.
 */
public record AssessmentTemplate(UUID id, String name, String description, String assessmentType, Standard standard,
        String workflowName, boolean retired) {
}
