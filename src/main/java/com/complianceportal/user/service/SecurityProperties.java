package com.complianceportal.user.service;

import com.complianceportal.shared.Secret;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.security.*}: sign-in protection, and {@code portal.admin.*}: the first administrator of a new
 * installation outside the demo profile.
 */
@ConfigurationProperties("portal")
public record SecurityProperties(@DefaultValue SignInLimits security, @DefaultValue Admin admin) {

    /**
     * How sign-in attempts are slowed down. Failures of one user name from one client address are free up to
     * {@code freeFailures}; each further one makes the next attempt wait, from {@code firstDelay} doubling up to
     * {@code maxDelay}. The same applies to a user name from all addresses together after {@code accountFreeFailures},
     * so that nobody can shut an account out from a single address. Before any password is checked, each client
     * address may try {@code attemptsPerAddressPerMinute} times a minute and all clients together
     * {@code attemptsPerMinute} times.
     */
    public record SignInLimits(@DefaultValue("5") int freeFailures, @DefaultValue("5s") Duration firstDelay,
            @DefaultValue("15m") Duration maxDelay, @DefaultValue("50") int accountFreeFailures,
            @DefaultValue("10") int attemptsPerAddressPerMinute, @DefaultValue("120") int attemptsPerMinute) {
    }

    /** The password is a {@link Secret}: printing these settings never shows it. */
    public record Admin(@Nullable String username, @Nullable Secret password) {
    }
}
