package com.complianceportal.assessment.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Create an assessment of an entity from a template. {@code requestKey} identifies one submit of one form: sending
 * the same key again returns the first result instead of creating a second assessment.
 */
public record NewAssessmentRequest(UUID entityId, UUID templateId, UUID requestKey) {

    public NewAssessmentRequest {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(requestKey, "requestKey");
    }
}
