package com.complianceportal.user.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in to the portal. The password is only ever held as a bcrypt hash. */
@Table
public record PortalUser(
        @Id @Nullable Long id,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        boolean enabled,
        int failedAttempts,
        @Nullable Instant lockedUntil,
        ColorScheme colorScheme,
        Instant createdAt,
        Instant passwordChangedAt,
        @Version int version) {

    public static PortalUser create(String username, String displayName, String passwordHash, Role role, Instant now) {
        return new PortalUser(null, username.strip().toLowerCase(java.util.Locale.ROOT), displayName, passwordHash, role, true, 0, null, ColorScheme.LIGHT, now, now, 0);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public PortalUser withPasswordHash(String hash, Instant now) {
        return new PortalUser(id, username, displayName, hash, role, enabled, failedAttempts, lockedUntil, colorScheme,
                createdAt, now, version);
    }

    public PortalUser withColorScheme(ColorScheme scheme) {
        return new PortalUser(id, username, displayName, passwordHash, role, enabled, failedAttempts, lockedUntil, scheme,
                createdAt, passwordChangedAt, version);
    }

    @Override
    public String toString() {
        return "PortalUser[id=" + id + ", username=" + username + ", role=" + role + "]";
    }
}
