package com.complianceportal.user.service;

import com.complianceportal.base.security.Roles;
import com.complianceportal.user.domain.PortalUserRepository;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For administrators: whether a user's sign-in is being held back after many failures, and "unlock", which forgets
 * those failures (and any lock set in the database) so that the user can sign in again at once.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class SignInDelays {

    private final SignInThrottle throttle;
    private final PortalUserRepository users;

    SignInDelays(SignInThrottle throttle, PortalUserRepository users) {
        this.throttle = throttle;
        this.users = users;
    }

    /** Until when sign-ins as {@code username} wait, from every address; empty when they do not. */
    @Transactional(readOnly = true)
    public Optional<Instant> delayedUntil(String username) {
        return throttle.delayedUntil(username);
    }

    /** Ends every delay and lock of {@code username}. The caller audits the unlock. */
    public void unlock(String username) {
        throttle.clear(username);
        users.resetFailures(username);
    }
}
