package com.complianceportal.assessment.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A template to create an assessment from: what it is called, and the type, standard and workflow it creates. A
 * retired template's workflow is withdrawn: an assessment created from it is recorded as Aborted. The workflow vendor
 * may leave out the description, type, standard or workflow; those are null then.
 */
public record AssessmentTemplate(UUID id, String name, @Nullable String description, @Nullable String assessmentType,
        @Nullable Standard standard, @Nullable String workflowName, boolean retired) {
}
