package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.CreationResult;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** A create's result as JSON in {@code create_request.result}; read back, a created assessment is marked repeated. */
record StoredCreation(String kind, @Nullable CreatedAssessment created, @Nullable UUID entityId,
        @Nullable UUID templateId, @Nullable String existingId, @Nullable String assessmentId, @Nullable String status,
        CreationResult.@Nullable Refusal refusal, @Nullable String message) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String write(CreationResult result) {
        StoredCreation stored = switch (result) {
            case CreationResult.Created(CreatedAssessment created) ->
                    new StoredCreation("created", created, null, null, null, null, null, null, null);
            case CreationResult.EntityNotFound(UUID entity) ->
                    new StoredCreation("entity-not-found", null, entity, null, null, null, null, null, null);
            case CreationResult.TemplateNotFound(UUID template) ->
                    new StoredCreation("template-not-found", null, null, template, null, null, null, null, null);
            case CreationResult.OpenAssessmentExists open -> new StoredCreation("open-exists", null, null, null,
                    open.existingId(), open.assessmentId(), open.status(), null, null);
            case CreationResult.VendorRefused refused -> new StoredCreation("refused", null, null, null, null, null,
                    null, refused.refusal(), refused.vendorMessage());
            case CreationResult.StillRunning running ->
                    throw new IllegalArgumentException("A running create has no result to keep");
        };
        return JSON.writeValueAsString(stored);
    }

    static CreationResult read(String json) {
        StoredCreation s = JSON.readValue(json, StoredCreation.class);
        return switch (s.kind()) {
            case "created" -> new CreationResult.Created(s.created().asRepeated());
            case "entity-not-found" -> new CreationResult.EntityNotFound(s.entityId());
            case "template-not-found" -> new CreationResult.TemplateNotFound(s.templateId());
            case "open-exists" -> new CreationResult.OpenAssessmentExists(s.existingId(), s.assessmentId(), s.status());
            case "refused" -> new CreationResult.VendorRefused(s.refusal(), s.message());
            default -> throw new IllegalStateException("Unknown stored create result " + s.kind());
        };
    }
}
