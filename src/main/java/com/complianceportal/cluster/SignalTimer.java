package com.complianceportal.cluster;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks for the other instances' signals every {@code portal.cluster.signal-interval} (2 s by default), on one thread
 * of its own, from the start of the portal to its end. A database that cannot be read is reported once, and again once
 * it can.
 */
@Component
class SignalTimer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SignalTimer.class);

    private final InstanceSignals signals;
    private final Duration interval;
    private @Nullable ScheduledExecutorService timer;
    private boolean failing;

    SignalTimer(InstanceSignals signals, @Value("${portal.cluster.signal-interval:2s}") Duration interval) {
        this.signals = signals;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("instance-signals").daemon().factory());
            timer.scheduleWithFixedDelay(this::look, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void look() {
        try {
            signals.poll();
            if (failing) {
                log.info("Signals of the other portal instances are read again.");
                failing = false;
            }
        } catch (RuntimeException failed) {
            if (!failing) {
                log.warn("Cannot read the signals of the other portal instances (retrying every {}): {}", interval,
                        failed.getMessage());
                failing = true;
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
