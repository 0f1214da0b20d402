package com.complianceportal.assessment.upstream;

import com.complianceportal.base.failure.SourceFailure;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The threads that read Rise side by side (the dashboard's figures, an export's next pages): a fixed number with a
 * bounded queue, so that a crowd of users waits its turn or hears "busy" instead of starting ever more threads. Each
 * task runs as the user who submitted it, so each call carries that user's key.
 */
@Component
@ConditionalOnProperty(name = "portal.source", havingValue = "upstream")
class RiseWorkers implements DisposableBean {

    static final int QUEUE = 1_000;

    private final ThreadPoolExecutor pool;
    private final Duration wait;

    RiseWorkers(UpstreamProperties settings) {
        int threads = Math.clamp(settings.maxConcurrentCalls() / 2, 2, 32);
        pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                Thread.ofPlatform().name("rise-", 0).daemon(true).factory());
        pool.allowCoreThreadTimeOut(true);
        // A task waits for a free thread, then for its vendor call (retries included) and a margin.
        wait = settings.callBudget().plus(settings.readTimeout()).multipliedBy(2);
    }

    /** How long a caller waits for one task before it gives up. */
    Duration waitLimit() {
        return wait;
    }

    /** An executor whose tasks run as the user signed in on the calling thread, whatever thread runs them. */
    ExecutorService forCurrentUser() {
        SecurityContext copy = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return new DelegatingSecurityContextExecutorService(pool, copy);
    }

    /** Queues {@code task}; a full queue is Rise's "busy" to the user, not an error of the portal's. */
    static <T> Future<T> submit(ExecutorService executor, Callable<T> task) {
        try {
            return executor.submit(task);
        } catch (RejectedExecutionException full) {
            throw new SourceFailure.Busy(RiseApi.VENDOR, null);
        }
    }

    /** The task's answer, or the failure it ended with, as it was thrown there. */
    <T> T await(Future<T> future) {
        try {
            return future.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException e) {
                throw e;
            }
            if (failed.getCause() instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (TimeoutException late) {
            future.cancel(true);
            throw new SourceFailure.TimedOut(RiseApi.VENDOR, late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new IllegalStateException("Interrupted while waiting for " + RiseApi.VENDOR, interrupted);
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
