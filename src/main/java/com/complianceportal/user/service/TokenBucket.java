package com.complianceportal.user.service;

import java.time.Duration;
import java.time.Instant;

/** A token bucket: {@code capacity} tokens, refilled evenly over a minute; thread-safe. */
final class TokenBucket {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final int capacity;
    private final long nanosPerToken;
    private double tokens;
    private Instant updated;

    TokenBucket(int perMinute, Instant now) {
        this.capacity = Math.max(1, perMinute);
        this.nanosPerToken = MINUTE_NANOS / capacity;
        this.tokens = capacity;
        this.updated = now;
    }

    /** Takes one token; returns zero, or how long until one is there (nothing taken then). */
    synchronized Duration take(Instant now) {
        if (now.isAfter(updated)) {
            tokens = Math.min(capacity, tokens + (double) Duration.between(updated, now).toNanos() / nanosPerToken);
            updated = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * nanosPerToken));
    }
}
