package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Register pages and totals from Rise's search, each kept a short while for the user who asked. Every page brings the
 * total of its filter, which is kept too: the register's count, the dashboard's figure and the export's expected size
 * of one filter are then one answer.
 */
final class RisePages {

    /** Rows kept per instance, all users together (a page weighs its rows). */
    static final long MAX_ROWS_KEPT = 50_000;

    private record PageKey(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit,
            LocalDate today) {
    }

    /** A filter on a day: "overdue" and "due soon" mean something else tomorrow. */
    private record TotalKey(AssessmentFilter filter, LocalDate today) {
    }

    private final RiseApi api;
    private final Consumer<List<AssessmentSummary>> seen;
    private final UserCache<PageKey, AssessmentPage> pages;
    private final UserCache<TotalKey, Long> totals;

    RisePages(RiseApi api, Supplier<String> user, Duration ttl, Consumer<List<AssessmentSummary>> seen) {
        this.api = api;
        this.seen = seen;
        pages = new UserCache<>(user, ttl, MAX_ROWS_KEPT, page -> page.rows().size());
        totals = new UserCache<>(user, ttl, 20_000, total -> 1);
    }

    /** One page (limit 1 to 100) with its total, or the total alone for a limit of 0. */
    AssessmentPage search(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit, LocalDate today) {
        Optional<RiseQuery> query = RiseQuery.of(filter, sort, today);
        if (query.isEmpty()) {
            return new AssessmentPage(List.of(), 0);
        }
        TotalKey total = new TotalKey(filter, today);
        if (limit == 0) {
            // Rise answers no page of 0 rows: one row brings the total.
            return new AssessmentPage(List.of(), totals.get(total, () -> read(query.get(), 0, 1).total()));
        }
        int size = Math.min(limit, RiseApi.MAX_LIMIT);
        return pages.get(new PageKey(filter, sort, offset, size, today), () -> {
            AssessmentPage page = read(query.get(), offset, size);
            totals.put(total, page.total());
            seen.accept(page.rows());
            return page;
        });
    }

    /** One page read now, not kept (export pages are read once); never more rows than asked for. */
    AssessmentPage read(RiseQuery query, long offset, int limit) {
        AssessmentPage page = RiseRows.page(api.search(query.page(offset, limit)), offset);
        return page.rows().size() <= limit ? page
                : new AssessmentPage(page.rows().subList(0, limit), page.total());
    }

    void clear() {
        pages.clear();
        totals.clear();
    }

    void forget(String user) {
        pages.forget(user);
        totals.forget(user);
    }
}
