package com.complianceportal.audit.service;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log. Internal: called by other services (for example on sign-in events, where no user is
 * authenticated yet), never from views, so it carries no role check of its own.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class AuditLog {

    private static final int MAX_NAME = 128;
    private static final int MAX_DETAIL = 1000;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(String username, AuditAction action, @Nullable String detail, @Nullable String remoteAddress) {
        events.save(new AuditEvent(null, clock.instant(), cut(username, MAX_NAME), action, cutOrNull(detail, MAX_DETAIL),
                cutOrNull(remoteAddress, 64)));
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static @Nullable String cutOrNull(@Nullable String value, int max) {
        return value == null ? null : cut(value, max);
    }
}
