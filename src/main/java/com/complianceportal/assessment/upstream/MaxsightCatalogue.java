package com.complianceportal.assessment.upstream;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyChanged;
import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.EntityOption;
import com.complianceportal.assessment.service.AssessmentCatalogue;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.user.service.CurrentUser;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The pickers over Maxsight with the signed-in user's key. Maxsight neither filters nor pages its entity list, so the
 * list is read once per user and {@code portal.upstream.catalogue-ttl} and searched and paged here.
 */
@Component
@ConditionalOnProperty(name = "portal.source", havingValue = "upstream")
class MaxsightCatalogue implements AssessmentCatalogue {

    private static final Logger log = LoggerFactory.getLogger(MaxsightCatalogue.class);

    private final MaxsightApi api;
    private final CurrentUser currentUser;
    private final PerUserCache<List<EntityOption>> entities;
    private final PerUserCache<List<AssessmentTemplate>> templates;
    private final PerUserCache<Optional<String>> outcomes;

    MaxsightCatalogue(MaxsightApi api, CurrentUser currentUser, UpstreamProperties settings) {
        this.api = api;
        this.currentUser = currentUser;
        this.entities = new PerUserCache<>(settings.catalogueTtl(), 1_000, Ticker.systemTicker());
        this.templates = new PerUserCache<>(settings.catalogueTtl(), 1_000, Ticker.systemTicker());
        this.outcomes = new PerUserCache<>(settings.catalogueTtl(), 10_000, Ticker.systemTicker());
    }

    @Override
    public List<EntityOption> entities(String filter, int offset, int limit) {
        return allEntities().stream().filter(MaxsightEntities.matching(filter)).skip(offset).limit(limit).toList();
    }

    @Override
    public int countEntities(String filter) {
        return (int) allEntities().stream().filter(MaxsightEntities.matching(filter)).count();
    }

    @Override
    public List<AssessmentTemplate> templates() {
        return templates.get(currentUser.username(), "templates", () -> MaxsightTemplates.read(api.templates()));
    }

    /** Never fails: a create whose outcome cannot be named is still created, and shows the outcome as not given. */
    @Override
    public Optional<String> outcomeName(String id) {
        if (!MaxsightApi.isOutcomeId(id)) {
            return Optional.empty();
        }
        try {
            return outcomes.get(currentUser.username(), id, () -> name(id));
        } catch (SourceFailure failure) {
            log.warn("The name of outcome {} could not be read: {}", id, failure.getMessage());
            return Optional.empty();
        }
    }

    /** Forgets every user's answers. */
    void clear() {
        entities.clear();
        templates.clear();
        outcomes.clear();
    }

    /** What was read with a user's old Maxsight key, or before it was revoked, is not offered to them again. */
    @TransactionalEventListener(fallbackExecution = true)
    void keyChanged(ApiKeyChanged change) {
        if (change.upstream() == Upstream.MAXSIGHT) {
            entities.forget(change.username());
            templates.forget(change.username());
            outcomes.forget(change.username());
        }
    }

    private List<EntityOption> allEntities() {
        return entities.get(currentUser.username(), "entities", () -> MaxsightEntities.read(api.entities()));
    }

    /** The outcome's name; an outcome Maxsight does not know (404) has none, and that is kept like a name. */
    private Optional<String> name(String id) {
        try {
            var answer = api.outcome(id);
            var outcome = Json.object(answer, "data") != null ? Json.object(answer, "data") : answer;
            return Optional.ofNullable(Fields.text(outcome, "name", "outcome_name", "outcomeName", "label", "title",
                    "outcome.name", "display_name"));
        } catch (SourceFailure.Refused unknown) {
            return Optional.empty();
        }
    }
}
