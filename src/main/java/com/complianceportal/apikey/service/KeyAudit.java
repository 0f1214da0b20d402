package com.complianceportal.apikey.service;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.service.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Audit entries of key changes: actor, the key's user as the target, upstream and the last four characters, never more
 * of the key.
 */
@Component
class KeyAudit {

    private final AuditLog audit;

    KeyAudit(AuditLog audit) {
        this.audit = audit;
    }

    void record(String actor, AuditAction action, String targetUser, Upstream upstream, String lastFour) {
        record(actor, action, targetUser, upstream, lastFour, "");
    }

    /** With {@code more} appended to the detail, e.g. a test's verdict; it must never hold a key. */
    void record(String actor, AuditAction action, String targetUser, Upstream upstream, String lastFour, String more) {
        audit.record(actor, action, targetUser, "user=" + targetUser + " upstream=" + upstream.name() + " key-ending="
                + lastFour + (more.isEmpty() ? "" : " " + more), remoteAddress());
    }

    private static @Nullable String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
