package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentRow;
import com.complianceportal.assessment.domain.AssessmentRowPage;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.assessment.domain.FilterKind;
import com.complianceportal.assessment.domain.SourceCapabilities;
import com.complianceportal.base.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The assessment register as views see it. Every signed-in role may read it. A request the source cannot serve (a
 * filter it does not apply, a column it does not sort by) is refused here: screens are built from
 * {@link #capabilities()} and never ask for one.
 */
@Service
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class AssessmentService {

    /** The largest page one call may ask for (the vendor API's own limit). */
    public static final int MAX_PAGE_SIZE = 100;

    /** The timer of every register fetch (a page with its total, or a total alone), at the source. */
    static final String FETCH_TIMER = "portal.register.fetch";

    private final AssessmentSource source;
    private final MeterRegistry meters;
    private final String sourceTag;

    AssessmentService(AssessmentSource source, MeterRegistry meters,
            @Value("${portal.source:local}") String sourceName) {
        this.source = source;
        this.meters = meters;
        this.sourceTag = "upstream".equals(sourceName) ? "upstream" : "local";
    }

    public SourceCapabilities capabilities() {
        return source.capabilities();
    }

    /** One page and the total of the filtered set, in one call to the source. */
    public AssessmentPage search(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit) {
        return fetch(filter, sort, offset, limit, source::search);
    }

    /** As {@link #search}, with what the register's grid shows of each row only (see {@link AssessmentRow}). */
    public AssessmentRowPage rows(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit) {
        return fetch(filter, sort, offset, limit, source::rows);
    }

    /** A page read by {@code reader}: one call to the source, within its capabilities and timed. */
    private <P> P fetch(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit, PageReader<P> reader) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        AssessmentFilter asked = supported(filter);
        List<AssessmentSort> order = supported(sort);
        long start = System.nanoTime();
        String outcome = "failure";
        try {
            P page = reader.read(asked, order, offset, Math.min(limit, MAX_PAGE_SIZE));
            outcome = "success";
            return page;
        } finally {
            Timer.builder(FETCH_TIMER).description("Register fetches at the source (local database or vendor)")
                    .tags("source", sourceTag,
                            "kind", limit == 0 ? "count" : "page", "outcome", outcome)
                    .register(meters).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** One of the source's page reads. */
    @FunctionalInterface
    private interface PageReader<P> {
        P read(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit);
    }

    /** The total of the filtered set. */
    public long count(AssessmentFilter filter) {
        return search(filter, List.of(), 0, 0).total();
    }

    public Optional<AssessmentDetail> find(String id) {
        return source.find(id);
    }

    public DashboardSnapshot dashboard() {
        return source.dashboard();
    }

    /** Streams the whole filtered, sorted set to {@code sink}, row by row (for exports). */
    public void stream(AssessmentFilter filter, List<AssessmentSort> sort, Consumer<AssessmentSummary> sink) {
        source.stream(supported(filter), supported(sort), sink);
    }

    private AssessmentFilter supported(AssessmentFilter filter) {
        List<FilterKind> unsupported = source.capabilities().unsupportedIn(filter);
        if (!unsupported.isEmpty()) {
            throw new IllegalArgumentException(source.capabilities().name() + " cannot filter by " + unsupported);
        }
        return filter;
    }

    private List<AssessmentSort> supported(List<AssessmentSort> sort) {
        SourceCapabilities capabilities = source.capabilities();
        if (sort.size() > capabilities.maxSortKeys()
                || sort.stream().anyMatch(s -> !capabilities.canSort(s.field()))) {
            throw new IllegalArgumentException(capabilities.name() + " cannot sort by " + sort);
        }
        return sort.isEmpty() ? List.of(AssessmentSort.DEFAULT) : sort;
    }
}
