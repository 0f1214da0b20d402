package com.complianceportal.user.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in to the portal. The password is only ever held as a hash (Argon2id; older bcrypt hashes until
 * their owner next signs in). {@code mustChangePassword}: after an administrator's reset, or for a generated first
 * administrator, the user must choose a new password before anything else.
 */
@Table
public record PortalUser(
        @Id @Nullable Long id,
        String username,
        String displayName,
        @Nullable String email,
        String passwordHash,
        Role role,
        boolean enabled,
        int failedAttempts,
        @Nullable Instant lockedUntil,
        ColorScheme colorScheme,
        Instant createdAt,
        Instant passwordChangedAt,
        boolean mustChangePassword,
        @Version int version) {

    public static PortalUser create(String username, String displayName, String passwordHash, Role role, Instant now) {
        return new PortalUser(null, username.strip().toLowerCase(java.util.Locale.ROOT), displayName, null, passwordHash,
                role, true, 0, null, ColorScheme.LIGHT, now, now, false, 0);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A password the user chose themselves: any demand to change it is met. */
    public PortalUser withPasswordHash(String hash, Instant now) {
        return new PortalUser(id, username, displayName, email, hash, role, enabled, failedAttempts, lockedUntil,
                colorScheme, createdAt, now, false, version);
    }

    /** The same password, hashed anew (a stronger algorithm at sign-in): nothing else changes. */
    public PortalUser withRehashedPassword(String hash) {
        return new PortalUser(id, username, displayName, email, hash, role, enabled, failedAttempts, lockedUntil,
                colorScheme, createdAt, passwordChangedAt, mustChangePassword, version);
    }

    /** A temporary password set by someone else: the user must replace it at their next sign-in. */
    public PortalUser withTemporaryPassword(String hash, Instant now) {
        return new PortalUser(id, username, displayName, email, hash, role, enabled, failedAttempts, lockedUntil,
                colorScheme, createdAt, now, true, version);
    }

    public PortalUser withRole(Role newRole) {
        return new PortalUser(id, username, displayName, email, passwordHash, newRole, enabled, failedAttempts,
                lockedUntil, colorScheme, createdAt, passwordChangedAt, mustChangePassword, version);
    }

    public PortalUser withEnabled(boolean newEnabled) {
        return new PortalUser(id, username, displayName, email, passwordHash, role, newEnabled, failedAttempts,
                lockedUntil, colorScheme, createdAt, passwordChangedAt, mustChangePassword, version);
    }

    /** No sign-in lock and no failed attempts counted. */
    public PortalUser unlocked() {
        return new PortalUser(id, username, displayName, email, passwordHash, role, enabled, 0, null, colorScheme,
                createdAt, passwordChangedAt, mustChangePassword, version);
    }

    public PortalUser withEmail(@Nullable String newEmail) {
        return new PortalUser(id, username, displayName, newEmail, passwordHash, role, enabled, failedAttempts,
                lockedUntil, colorScheme, createdAt, passwordChangedAt, mustChangePassword, version);
    }

    public PortalUser withColorScheme(ColorScheme scheme) {
        return new PortalUser(id, username, displayName, email, passwordHash, role, enabled, failedAttempts, lockedUntil,
                scheme, createdAt, passwordChangedAt, mustChangePassword, version);
    }

    @Override
    public String toString() {
        return "PortalUser[id=" + id + ", username=" + username + ", role=" + role + "]";
    }
}
