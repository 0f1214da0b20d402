package com.complianceportal.user.service;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.user.domain.PortalUserRepository;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a sign-in attempt writes: the audit entries, and on success the end of a lock an administrator may have set, one
 * transaction each. Failures are counted by {@link SignInThrottle}, not here.
 */
@Service
@Transactional
class SignInRecords {

    private final PortalUserRepository users;
    private final AuditLog audit;

    SignInRecords(PortalUserRepository users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    void succeeded(String name, @Nullable String address) {
        users.resetFailures(name);
        audit.record(name, AuditAction.SIGN_IN_SUCCEEDED, null, address);
    }

    void refusedLocked(String name, @Nullable String address) {
        audit.record(name, AuditAction.SIGN_IN_REFUSED_LOCKED, null, address);
    }

    /** A wrong password or unknown user; {@code wait}: how long the next attempt from that address is held back. */
    void failed(String name, String reason, @Nullable String address, Duration wait) {
        audit.record(name, AuditAction.SIGN_IN_FAILED,
                wait.isZero() ? reason : reason + ", next attempt from this address in " + wait.toSeconds() + " s",
                address);
    }

    /** The portal itself could not complete the sign-in: recorded, never counted against the user. */
    void unavailable(String name, String reason, @Nullable String address) {
        audit.record(name, AuditAction.SIGN_IN_UNAVAILABLE, reason, address);
    }
}
