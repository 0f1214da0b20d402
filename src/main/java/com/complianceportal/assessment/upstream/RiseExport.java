package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.base.failure.SourceFailure;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An export from Rise: pages of 100, the next ones read while the current one is written, at most
 * {@code export-concurrency} pages at a time per user (whatever number of exports the user runs), handed on in order
 * and never more than {@code export-max-rows} rows.
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
        int firstSize = (int) Math.min(PAGE, maxRows);
        if (firstSize == 0) {
            return;
        }
        acquire(mine);
        AssessmentPage first;
        try {
            first = pages.read(query, 0, firstSize);
        } finally {
            mine.release();
        }
        long end = Math.min(first.total(), maxRows);
        long written = emit(first.rows(), sink, 0, end);
        if (first.rows().size() < firstSize) {
            return;
        }
        ExecutorService executor = workers.forCurrentUser();
        Deque<PageRead> window = new ArrayDeque<>();
        long next = firstSize;
        try {
            while (true) {
                while (window.size() < concurrency && next < end) {
                    int size = (int) Math.min(PAGE, end - next);
                    acquire(mine);
                    window.add(PageRead.start(mine, executor, pages, query, next, size));
                    next += size;
                }
                PageRead head = window.pollFirst();
                if (head == null) {
                    return;
                }
                List<AssessmentSummary> rows = workers.await(head.future()).rows();
                written += emit(rows, sink, written, end);
                if (rows.size() < head.size()) {
                    return;
                }
            }
        } finally {
            window.forEach(PageRead::abandon);
        }
    }

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

    private void acquire(Semaphore semaphore) {
        try {
            if (!semaphore.tryAcquire(workers.waitLimit().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SourceFailure.Busy(RiseApi.VENDOR, null);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to read from " + RiseApi.VENDOR, interrupted);
        }
    }
}
