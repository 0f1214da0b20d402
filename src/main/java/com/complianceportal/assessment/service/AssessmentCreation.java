package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.EntityOption;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import java.util.List;
import java.util.Optional;

/**
 * The port for creating assessments, beside {@link AssessmentSource}: the pickers, the create itself and the outcome
 * names. Callers are {@link AssessmentCreationService} only, which checks roles.
 */
public interface AssessmentCreation {

    /**
     * One page of the entities whose name, type, country or organisation id ("E-500012") contains {@code filter} (any
     * case), by name.
     */
    List<EntityOption> entities(String filter, int offset, int limit);

    int countEntities(String filter);

    /** Every template an assessment can be created from, in the order users see them. */
    List<AssessmentTemplate> templates();

    /**
     * Creates the assessment and starts its workflow, and makes it part of the register, all or nothing. A request
     * key that was already used returns the first result, marked as repeated, and creates nothing.
     */
    CreationResult create(NewAssessmentRequest request, String requestedBy);

    /** The name of an outcome (the vendor's "get an outcome by id"). */
    Optional<String> outcome(String id);
}
