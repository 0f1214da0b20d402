package com.complianceportal.user.service;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.user.domain.PortalUserRepository;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a sign-in attempt writes: the failure count, the lock and the audit entries, one transaction each. */
@Service
@Transactional
class SignInRecords {

    private final PortalUserRepository users;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private final Clock clock;

    SignInRecords(PortalUserRepository users, AuditLog audit, SecurityProperties properties, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    void succeeded(String name, @Nullable String address) {
        users.resetFailures(name);
        audit.record(name, AuditAction.SIGN_IN_SUCCEEDED, null, address);
    }

    void refusedLocked(String name, @Nullable String address) {
        audit.record(name, AuditAction.SIGN_IN_REFUSED_LOCKED, null, address);
    }

    /** A wrong password or unknown user: counted, and the account is locked once the limit is reached. */
    void failed(String name, String reason, @Nullable String address) {
        var lockout = properties.security();
        Instant lockUntil = clock.instant().plus(lockout.lockoutDuration());
        users.registerFailure(name, lockout.maxFailedAttempts(), lockUntil);
        audit.record(name, AuditAction.SIGN_IN_FAILED, reason, address);
        users.findByUsername(name)
                .filter(user -> user.isLockedAt(clock.instant()) && user.failedAttempts() == lockout.maxFailedAttempts())
                .ifPresent(user -> audit.record(user.username(), AuditAction.ACCOUNT_LOCKED,
                        "locked until " + user.lockedUntil(), address));
    }

    /** The portal itself could not complete the sign-in: recorded, never counted against the user. */
    void unavailable(String name, String reason, @Nullable String address) {
        audit.record(name, AuditAction.SIGN_IN_UNAVAILABLE, reason, address);
    }
}
