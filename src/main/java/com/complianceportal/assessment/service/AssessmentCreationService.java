package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.EntityOption;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.base.security.Roles;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Creating assessments from templates, for assessors (and admins) only: the pickers and the create. */
@Service
@PreAuthorize("hasRole('" + Roles.ASSESSOR + "')")
public class AssessmentCreationService {

    /** The largest page of entities one call may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    private final AssessmentCreation creation;
    private final ApplicationEventPublisher events;

    AssessmentCreationService(AssessmentCreation creation, ApplicationEventPublisher events) {
        this.creation = creation;
        this.events = events;
    }

    public List<EntityOption> entities(String filter, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return limit == 0 ? List.of() : creation.entities(filter.strip(), offset, Math.min(limit, MAX_PAGE_SIZE));
    }

    public int countEntities(String filter) {
        return creation.countEntities(filter.strip());
    }

    public List<AssessmentTemplate> templates() {
        return creation.templates();
    }

    /**
     * Creates the assessment, resolves its outcome's name and, once the create has committed, tells the register's
     * listeners. A repeated request changes nothing, so it tells nobody.
     */
    public CreationResult create(NewAssessmentRequest request) {
        CreationResult result = creation.create(request, currentUser());
        if (result instanceof CreationResult.Created(CreatedAssessment created)) {
            String outcomeId = created.outcomeId();
            CreatedAssessment named = created.withOutcomeName(
                    outcomeId == null ? null : creation.outcome(outcomeId).orElse(null));
            if (!named.repeated()) {
                events.publishEvent(new RegisterChanged(named.id()));
            }
            return new CreationResult.Created(named);
        }
        return result;
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("No signed-in user");
        }
        return authentication.getName();
    }
}
