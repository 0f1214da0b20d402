package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.EntityOption;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.base.security.Roles;
import com.complianceportal.user.service.CurrentUser;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Creating assessments from templates, for assessors (and admins) only: the pickers and the create. One click, one
 * assessment: each request key is claimed before its create starts, and a repeated key gets the first result back.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ASSESSOR + "')")
public class AssessmentCreationService {

    /** The largest page of entities one call may ask for. */
    public static final int MAX_PAGE_SIZE = 100;
    /** How long a repeated submit waits for the first one to finish before it says that it still runs. */
    static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);

    private final AssessmentCatalogue catalogue;
    private final WorkflowStarter starter;
    private final CreateRequests requests;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final CreateAudit audit;

    AssessmentCreationService(AssessmentCatalogue catalogue, WorkflowStarter starter, CreateRequests requests,
            CurrentUser currentUser, ApplicationEventPublisher events, CreateAudit audit) {
        this.catalogue = catalogue;
        this.starter = starter;
        this.requests = requests;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
    }

    public List<EntityOption> entities(String filter, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return limit == 0 ? List.of() : catalogue.entities(filter.strip(), offset, Math.min(limit, MAX_PAGE_SIZE));
    }

    public int countEntities(String filter) {
        return catalogue.countEntities(filter.strip());
    }

    public List<AssessmentTemplate> templates() {
        return catalogue.templates();
    }

    /**
     * Creates the assessment once per request key, resolves its outcome's name and tells the register's listeners. A
     * repeated key returns the first result, marked as repeated, and starts nothing. A create that fails without a
     * result (the vendor unreachable, say) frees its key, so the user can try again. Every create that was started is
     * audited with its outcome.
     */
    public CreationResult create(NewAssessmentRequest request) {
        String user = currentUser.username();
        long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (true) {
            switch (requests.claim(request, user)) {
                case CreateRequests.Claim.Claimed claimed -> {
                    CreationResult result = named(start(request, user));
                    audit.result(user, request, result);
                    return result;
                }
                case CreateRequests.Claim.Done(CreationResult first) -> {
                    return named(first);
                }
                case CreateRequests.Claim.Running running -> {
                    // Another submit of this key is creating it: its result is this one's too.
                    if (System.nanoTime() > deadline || !pause()) {
                        return new CreationResult.StillRunning();
                    }
                }
            }
        }
    }

    private CreationResult start(NewAssessmentRequest request, String user) {
        CreationResult result;
        try {
            result = starter.start(request, user);
        } catch (RuntimeException failed) {
            requests.release(request);
            audit.failed(user, request, failed);
            throw failed;
        }
        requests.complete(request, result);
        if (result instanceof CreationResult.Created(CreatedAssessment created)) {
            events.publishEvent(RegisterChanged.created(created.id()));
        }
        return result;
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private CreationResult named(CreationResult result) {
        if (result instanceof CreationResult.Created(CreatedAssessment created) && created.outcomeId() != null
                && created.outcomeName() == null) {
            return new CreationResult.Created(created.withOutcomeName(
                    catalogue.outcomeName(created.outcomeId()).orElse(null)));
        }
        return result;
    }
}
