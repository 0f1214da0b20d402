package com.complianceportal.user.service;

import com.complianceportal.user.domain.Role;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a signed-in session still stands, asked on every request, so that what an administrator changes on any
 * portal instance sharing the database counts at the user's next request on every other: a session stands while its
 * user exists, is enabled, has the role the session was signed in with, and was signed in after the user's sessions were
 * last ended. Internal: the security filter asks it before any user is known.
 */
@Component
@Transactional(readOnly = true)
public class SessionStandings {

    private final JdbcClient jdbc;

    SessionStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Standing(boolean enabled, String role, @Nullable OffsetDateTime sessionsEndedAt) {
    }

    /**
     * @param roles the session's role authorities ({@code ROLE_...}), as granted at sign-in
     * @param signedInAt when the session was signed in
     */
    public boolean stands(String username, Set<String> roles, Instant signedInAt) {
        Optional<Standing> standing = jdbc.sql(
                "SELECT enabled, role, sessions_ended_at FROM portal_user WHERE username = LOWER(?)")
                .param(username)
                .query((rs, row) -> new Standing(rs.getBoolean("enabled"), rs.getString("role"),
                        rs.getObject("sessions_ended_at", OffsetDateTime.class)))
                .optional();
        return standing.filter(Standing::enabled)
                .filter(s -> s.sessionsEndedAt() == null || !signedInAt.isBefore(s.sessionsEndedAt().toInstant()))
                .filter(s -> sameRole(s.role(), roles))
                .isPresent();
    }

    private static boolean sameRole(String role, Set<String> roles) {
        try {
            return new HashSet<>(Role.valueOf(role).authorities()).equals(roles);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
