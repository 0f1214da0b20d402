package com.complianceportal.user.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The sign-in counters: failed sign-ins by reason, attempts refused by the throttle by the limit they hit, and
 * lockouts (a user name that starts to wait, from one address or from all). Tags name kinds only, never a user name or
 * an address.
 */
@Component
class SignInMeters {

    static final String FAILURES = "portal.signin.failures";
    static final String THROTTLED = "portal.signin.throttled";
    static final String LOCKOUTS = "portal.signin.lockouts";

    private final MeterRegistry registry;

    SignInMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A failed sign-in: {@code bad_credentials}, {@code locked} (an administrator's lock) or {@code unavailable}. */
    void failed(String reason) {
        Counter.builder(FAILURES).description("Failed sign-ins by reason").tag("reason", reason).register(registry)
                .increment();
    }

    /** An attempt refused before its password was checked; {@code limit} is the refusal's audited limit. */
    void throttled(String limit) {
        String tag = switch (limit) {
            case SignInThrottle.USER_AT_ADDRESS -> "user_address";
            case SignInThrottle.USER_EVERYWHERE -> "user";
            case SignInThrottle.ADDRESS_RATE -> "address_rate";
            case SignInThrottle.OVERALL_RATE -> "overall_rate";
            default -> "other";
        };
        Counter.builder(THROTTLED).description("Sign-in attempts refused by the throttle, by the limit hit")
                .tag("limit", tag).register(registry).increment();
    }

    /** A user name starts to wait: {@code address} (from one address) or {@code account} (from every address). */
    void lockedOut(String scope) {
        Counter.builder(LOCKOUTS).description("User names that start to wait after repeated failures, by scope")
                .tag("scope", scope).register(registry).increment();
    }
}
