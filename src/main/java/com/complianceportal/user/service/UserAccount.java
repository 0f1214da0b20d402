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

    static UserAccount of(PortalUser user, Instant now) {
        Set<UserState> states = EnumSet.noneOf(UserState.class);
        boolean locked = user.isLockedAt(now);
        states.add(user.enabled() ? (locked ? UserState.LOCKED : UserState.ACTIVE) : UserState.DISABLED);
        if (locked) {
            states.add(UserState.LOCKED);
        }
        if (user.mustChangePassword()) {
            states.add(UserState.MUST_CHANGE_PASSWORD);
        }
        Long id = user.id();
        return new UserAccount(id == null ? 0 : id, user.username(), user.displayName(), user.email(), user.role(),
                states, locked ? user.lockedUntil() : null, user.createdAt(), user.passwordChangedAt());
    }

    public boolean is(UserState state) {
        return states.contains(state);
    }
}
