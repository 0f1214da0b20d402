package com.complianceportal.user.service;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.user.domain.PortalUserRepository;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every sign-in attempt and locks an account after too many failures in a row. Runs while nobody is
 * signed in yet, so it is driven by Spring Security's events rather than called by a user.
 */
@Service
@Transactional
class SignInAttempts {

    private final PortalUserRepository users;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private final Clock clock;

    SignInAttempts(PortalUserRepository users, AuditLog audit, SecurityProperties properties, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        users.resetFailures(name);
        audit.record(name, AuditAction.SIGN_IN_SUCCEEDED, null, remoteAddress(event.getAuthentication()));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        String address = remoteAddress(event.getAuthentication());
        if (event instanceof AuthenticationFailureLockedEvent) {
            audit.record(name, AuditAction.SIGN_IN_REFUSED_LOCKED, null, address);
            return;
        }
        var lockout = properties.security();
        Instant lockUntil = clock.instant().plus(lockout.lockoutDuration());
        users.registerFailure(name, lockout.maxFailedAttempts(), lockUntil);
        audit.record(name, AuditAction.SIGN_IN_FAILED, event.getException().getClass().getSimpleName(), address);
        users.findByUsername(name)
                .filter(user -> user.isLockedAt(clock.instant()) && user.failedAttempts() == lockout.maxFailedAttempts())
                .ifPresent(user -> audit.record(user.username(), AuditAction.ACCOUNT_LOCKED,
                        "locked until " + user.lockedUntil(), address));
    }

    private static @Nullable String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
