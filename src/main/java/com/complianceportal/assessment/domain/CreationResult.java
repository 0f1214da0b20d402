package com.complianceportal.assessment.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a create answered: the created assessment, or why none was created. */
public sealed interface CreationResult {

    /** The assessment exists; its workflow may still have failed to start (see its workflow state). */
    record Created(CreatedAssessment assessment) implements CreationResult {
    }

    /** No entity has this id (the vendor's 404). */
    record EntityNotFound(UUID entityId) implements CreationResult {
    }

    /** No template has this id (the vendor's 404). */
    record TemplateNotFound(UUID templateId) implements CreationResult {
    }

    /**
     * The entity already has an open assessment of the template's type (the vendor's 409). {@code existingId} is its
     * internal register id, {@code assessmentId} the id users see and link to, such as "100123-1".
     */
    record OpenAssessmentExists(String existingId, String assessmentId, String status) implements CreationResult {
    }

    /**
     * The workflow vendor refused the create and can say no more than its status and message: the entity or template
     * does not exist (404), or an assessment of the template's type already exists for the entity (409).
     */
    record VendorRefused(Refusal refusal, @Nullable String vendorMessage) implements CreationResult {
    }

    /** Why the vendor refused. */
    enum Refusal {
        NOT_FOUND, CONFLICT
    }

    /** The same request is being created right now (another tab submitted the same form); nothing was started twice. */
    record StillRunning() implements CreationResult {
    }
}
