package com.complianceportal.assessment.upstream;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyChanged;
import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.assessment.domain.SourceCapabilities;
import com.complianceportal.assessment.service.AssessmentSource;
import com.complianceportal.assessment.service.RegisterChanged;
import com.complianceportal.user.service.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The register from Inspectorio Rise, read with the signed-in user's own key: a page per search call with the
 * vendor's total, one assessment by id, the dashboard as totals of the register queries it links to, and exports as
 * pages read ahead. Answers are kept a short while per user, never for another user, and dropped when the user's key
 * changes.
 */
@Component
@ConditionalOnProperty(name = "portal.source", havingValue = "upstream")
class RiseAssessmentSource implements AssessmentSource {

    private final Clock clock;
    private final SourceCapabilities capabilities;
    private final RisePages pages;
    private final RiseLookup lookup;
    private final RiseDashboard dashboard;
    private final RiseExport export;

    RiseAssessmentSource(VendorClients clients, UpstreamProperties settings, CurrentUser currentUser, Clock clock,
            RiseWorkers workers) {
        this.clock = clock;
        Supplier<String> user = currentUser::username;
        RiseApi api = new RiseApi(clients.rise());
        capabilities = RiseCapabilities.of(settings.exportMaxRows());
        lookup = new RiseLookup(api, user, settings.cacheTtl());
        pages = new RisePages(api, user, settings.cacheTtl(), lookup::remember);
        dashboard = new RiseDashboard(workers);
        export = new RiseExport(pages, workers, user, settings.exportConcurrency(), settings.exportMaxRows());
    }

    @Override
    public SourceCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public AssessmentPage search(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit) {
        return pages.search(filter, sort, offset, limit, today());
    }

    @Override
    public Optional<AssessmentDetail> find(String id) {
        return lookup.find(id);
    }

    @Override
    public DashboardSnapshot dashboard() {
        LocalDate today = today();
        Instant asked = clock.instant();
        // Asked of Rise now: the figures are never kept, so never being updated.
        return DashboardSnapshot.current(dashboard.figures(today, filter -> pages.search(filter,
                List.of(AssessmentSort.DEFAULT), 0, 0, today).total()), asked);
    }

    @Override
    public void stream(AssessmentFilter filter, List<AssessmentSort> sort, Consumer<AssessmentSummary> sink) {
        RiseQuery.of(filter, sort, today()).ifPresent(query -> export.stream(query, sink));
    }

    /** A created assessment changes what Rise answers: nothing kept from before is shown again. */
    @EventListener
    void registerChanged(RegisterChanged change) {
        pages.clear();
        lookup.clear();
    }

    /**
     * A user whose Rise key was revoked sees nothing more of Rise, and one with another key sees what that key reads:
     * nothing kept for them is shown again. Runs once the change is committed, when every new call reads the new key.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void keyChanged(ApiKeyChanged change) {
        if (change.upstream() == Upstream.RISE) {
            pages.forget(change.username());
            lookup.forget(change.username());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
