package com.complianceportal.user.service;

import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.Role;
import com.complianceportal.user.domain.UserState;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as administrators see them: never the password hash. {@code states} as of when it was read. */
public record UserAccount(long id, String username, String displayName, @Nullable String email, Role role,
        Set<UserState> states, @Nullable Instant lockedUntil, Instant createdAt, Instant passwordChangedAt) {

    public UserAccount {
        states = Set.copyOf(states);
    }

    /**
     * The user as of {@code now}; {@code delayedUntil} is when sign-in throttling lets the user name try again from
     * every address (or null), which counts as locked as much as a lock stored in the database.
     */
    static UserAccount of(PortalUser user, Instant now, @Nullable Instant delayedUntil) {
        Set<UserState> states = EnumSet.noneOf(UserState.class);
        boolean stored = user.isLockedAt(now);
        boolean locked = stored || delayedUntil != null;
        Instant lockedUntil = !stored ? delayedUntil
                : delayedUntil == null || user.lockedUntil().isAfter(delayedUntil) ? user.lockedUntil() : delayedUntil;
        states.add(user.enabled() ? (locked ? UserState.LOCKED : UserState.ACTIVE) : UserState.DISABLED);
        if (locked) {
            states.add(UserState.LOCKED);
        }
        if (user.mustChangePassword()) {
            states.add(UserState.MUST_CHANGE_PASSWORD);
        }
        Long id = user.id();
        return new UserAccount(id == null ? 0 : id, user.username(), user.displayName(), user.email(), user.role(),
                states, locked ? lockedUntil : null, user.createdAt(), user.passwordChangedAt());
    }

    public boolean is(UserState state) {
        return states.contains(state);
    }
}
