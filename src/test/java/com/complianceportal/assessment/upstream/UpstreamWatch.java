package com.complianceportal.assessment.upstream;

import io.github.resilience4j.bulkhead.Bulkhead;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.apache.hc.core5.pool.PoolStats;

/**
 * Watches Rise's connection pool and concurrency limit while a benchmark case runs: the most connections leased at
 * once, the most requests that had to wait for a connection (the pool exhausted), the most calls in flight, and how
 * many calls the limit refused. Samples every millisecond; refusals are counted from the limit's own events.
 */
final class UpstreamWatch implements AutoCloseable {

    private final VendorClients clients;
    private final int perVendor;
    private final Bulkhead bulkhead;
    private final LongAdder rejected = new LongAdder();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;
    private volatile int maxLeased;
    private volatile int maxPending;
    private volatile int maxInFlight;

    UpstreamWatch(VendorClients clients, UpstreamProperties settings) {
        this.clients = clients;
        this.perVendor = settings.maxConnections();
        this.bulkhead = clients.rise().bulkhead();
        bulkhead.getEventPublisher().onCallRejected(event -> rejected.increment());
        sampler = Thread.ofPlatform().daemon().name("upstream-watch").start(this::sample);
    }

    private void sample() {
        int limit = bulkhead.getBulkheadConfig().getMaxConcurrentCalls();
        while (running.get()) {
            PoolStats pool = clients.connections();
            maxLeased = Math.max(maxLeased, pool.getLeased());
            maxPending = Math.max(maxPending, pool.getPending());
            maxInFlight = Math.max(maxInFlight, limit - bulkhead.getMetrics().getAvailableConcurrentCalls());
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    String summary() {
        return ("connections in use at most %d of %d, requests waiting for a connection at most %d, calls in flight at"
                + " most %d of %d, calls refused by that limit %d").formatted(maxLeased, perVendor, maxPending,
                        maxInFlight, bulkhead.getBulkheadConfig().getMaxConcurrentCalls(), rejected.sum());
    }

    boolean exhausted() {
        return maxPending > 0 || rejected.sum() > 0;
    }

    @Override
    public void close() {
        running.set(false);
        sampler.interrupt();
    }
}
