package com.complianceportal.audit.service;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEntries;
import com.complianceportal.audit.domain.AuditEvent;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log, one entry per call in a transaction of its own. Internal: called by other services (for
 * example on sign-in events, where no user is authenticated yet), never from views, so it carries no role check of its
 * own. It only ever adds entries. Text that looks like a secret is masked before it is stored ({@link SecretMask}), and
 * text too long for its column is cut with a note that says so.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class AuditLog {

    static final int MAX_NAME = 128;
    static final int MAX_TARGET = 256;
    static final int MAX_DETAIL = 4000;
    static final int MAX_ADDRESS = 64;

    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records that {@code actor} did {@code action} about {@code target} (a user name, an assessment id, a page; null
     * when the action is about the actor alone).
     */
    public void record(String actor, AuditAction action, @Nullable String target, @Nullable String detail,
            @Nullable String remoteAddress) {
        entries.append(new AuditEvent(null, clock.instant(), Cut.to(SecretMask.apply(actor), MAX_NAME), action,
                Cut.orNull(SecretMask.applyOrNull(target), MAX_TARGET),
                Cut.orNull(SecretMask.applyOrNull(detail), MAX_DETAIL), Cut.orNull(remoteAddress, MAX_ADDRESS)));
    }

    /** An entry without a target: the action is about the actor alone. */
    public void record(String actor, AuditAction action, @Nullable String detail, @Nullable String remoteAddress) {
        record(actor, action, null, detail, remoteAddress);
    }
}
