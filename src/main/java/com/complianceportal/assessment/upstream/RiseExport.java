package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An export from Rise: pages of 100, the next ones read while the current one is written, at most
 * {@code export-concurrency} pages at a time per user (whatever number of exports the user runs), handed on in order
 * and never more than {@code export-max-rows} rows. The first page tells how many there are.
 */
final class RiseExport {

    static final int PAGE = RiseApi.MAX_LIMIT;

    private final RisePages pages;
    private final RiseWorkers workers;
    private final Supplier<String> user;
    private final int concurrency;
    private final long maxRows;
    /** One set of permits per user, kept while one of the user's exports holds it. */
    private final Cache<String, Semaphore> permits = Caffeine.newBuilder().weakValues().build();

    RiseExport(RisePages pages, RiseWorkers workers, Supplier<String> user, int concurrency, long maxRows) {
        this.pages = pages;
        this.workers = workers;
        this.user = user;
        this.concurrency = Math.max(1, concurrency);
        this.maxRows = Math.max(0, maxRows);
    }

    void stream(RiseQuery query, Consumer<AssessmentSummary> sink) {
        Semaphore mine = permits.get(user.get(), name -> new Semaphore(concurrency, true));
        ExecutorService executor = workers.forCurrentUser();
        Deque<PageRead> window = new ArrayDeque<>();
        long end = Math.min(PAGE, maxRows);
        long next = 0;
        long written = 0;
        try {
            while (true) {
                while (window.size() < concurrency && next < end) {
                    int size = (int) Math.min(PAGE, end - next);
                    window.add(PageRead.start(mine, workers.waitLimit(), executor, pages, query, next, size));
                    next += size;
                }
                PageRead head = window.pollFirst();
                if (head == null) {
                    return;
                }
                AssessmentPage page = workers.await(head.future());
                if (head.offset() == 0) {
                    end = Math.min(page.total(), maxRows);
                }
                written += emit(page.rows(), sink, written, end);
                if (page.rows().size() < head.size()) {
                    return;
                }
            }
        } finally {
            window.forEach(PageRead::abandon);
        }
    }

    /** Hands on rows until {@code end} rows are written in all; returns how many it handed on. */
    private static long emit(List<AssessmentSummary> rows, Consumer<AssessmentSummary> sink, long written, long end) {
        long emitted = 0;
        for (AssessmentSummary row : rows) {
            if (written + emitted >= end) {
                break;
            }
            sink.accept(row);
            emitted++;
        }
        return emitted;
    }
}
