package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.EntityOption;
import java.util.List;
import java.util.Optional;

/**
 * The port for what an assessment is created from: the entities that can be assessed, the templates, and the names of
 * outcomes (the workflow vendor's GET /v5/entities, /v5/assessments/templates and /v5/outcomes/{id}). Callers are
 * {@link AssessmentCreationService} only, which checks roles.
 */
public interface AssessmentCatalogue {

    /** One page of the entities whose name, type, country or own id contains {@code filter} (any case), by name. */
    List<EntityOption> entities(String filter, int offset, int limit);

    int countEntities(String filter);

    /** Every template an assessment can be created from, in the order users see them. */
    List<AssessmentTemplate> templates();

    /** The name of an outcome (the vendor's "get an outcome by id"). */
    Optional<String> outcomeName(String id);
}
