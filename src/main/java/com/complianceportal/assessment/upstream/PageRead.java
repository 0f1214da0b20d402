package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.AssessmentPage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One page of an export being read on a worker thread. It holds one of the user's permits until it is read, or until
 * it is abandoned before it started (then it never starts).
 */
final class PageRead {

    private static final int WAITING = 0;
    private static final int STARTED = 1;
    private static final int ABANDONED = 2;

    private final AtomicInteger state;
    private final Semaphore permits;
    private final int size;
    private final Future<AssessmentPage> future;

    private PageRead(AtomicInteger state, Semaphore permits, int size, Future<AssessmentPage> future) {
        this.state = state;
        this.permits = permits;
        this.size = size;
        this.future = future;
    }

    /** Starts the read; the caller holds a permit of {@code permits}, which the read gives back. */
    static PageRead start(Semaphore permits, ExecutorService executor, RisePages pages, RiseQuery query, long offset,
            int size) {
        AtomicInteger state = new AtomicInteger(WAITING);
        try {
            return new PageRead(state, permits, size, RiseWorkers.submit(executor, () -> {
                if (!state.compareAndSet(WAITING, STARTED)) {
                    return new AssessmentPage(List.of(), 0);
                }
                try {
                    return pages.read(query, offset, size);
                } finally {
                    permits.release();
                }
            }));
        } catch (RuntimeException refused) {
            permits.release();
            throw refused;
        }
    }

    Future<AssessmentPage> future() {
        return future;
    }

    int size() {
        return size;
    }

    /** Not needed any more: a read that has not started never will, and its permit is given back now. */
    void abandon() {
        if (state.compareAndSet(WAITING, ABANDONED)) {
            future.cancel(false);
            permits.release();
        }
    }
}
