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
public record SecurityProperties(@DefaultValue Lockout security, @DefaultValue Admin admin) {

    public record Lockout(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockoutDuration) {
    }

    /** The password is a {@link Secret}: printing these settings never shows it. */
    public record Admin(@Nullable String username, @Nullable Secret password) {
    }
}
