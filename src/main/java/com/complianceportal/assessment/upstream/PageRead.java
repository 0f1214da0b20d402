package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.base.failure.SourceFailure;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One page of an export read on a worker thread. It holds one of the user's permits until it is read, or until it is
 * abandoned before it started (then it never starts).
 */
record PageRead(AtomicInteger state, Semaphore permits, long offset, int size, Future<AssessmentPage> future) {

    private static final int WAITING = 0;
    private static final int STARTED = 1;
    private static final int ABANDONED = 2;

    /** Takes one of {@code permits} (waiting at most {@code wait}) and starts the read, which gives it back. */
    static PageRead start(Semaphore permits, Duration wait, ExecutorService executor, RisePages pages,
            RiseQuery query, long offset, int size) {
        acquire(permits, wait);
        AtomicInteger state = new AtomicInteger(WAITING);
        try {
            return new PageRead(state, permits, offset, size, RiseWorkers.submit(executor, () -> {
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

    /** Not needed any more: a read that has not started never will, and its permit is given back now. */
    void abandon() {
        if (state.compareAndSet(WAITING, ABANDONED)) {
            future.cancel(false);
            permits.release();
        }
    }

    private static void acquire(Semaphore permits, Duration wait) {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SourceFailure.Busy(RiseApi.VENDOR, null);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to read from " + RiseApi.VENDOR, interrupted);
        }
    }
}
