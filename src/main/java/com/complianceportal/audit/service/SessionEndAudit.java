package com.complianceportal.audit.service;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.session.SessionIdleFilter;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;

/**
 * Records the end of a signed-in session: {@link AuditAction#SESSION_EXPIRED} after the idle timeout,
 * {@link AuditAction#SESSION_ENDED} when the portal ended it otherwise. A sign-out is recorded by {@link SignOutAudit}
 * and not again here; a session nobody signed in to is not recorded.
 */
@Component
class SessionEndAudit {

    private final AuditLog audit;

    SessionEndAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onSessionDestroyed(HttpSessionDestroyedEvent event) {
        HttpSession session = event.getSession();
        if (signedOut(session)) {
            return;
        }
        for (SecurityContext context : event.getSecurityContexts()) {
            Authentication user = context.getAuthentication();
            if (user != null && user.isAuthenticated()) {
                boolean idle = SessionIdleFilter.endedIdle(session) || timedOut(session);
                audit.record(user.getName(), idle ? AuditAction.SESSION_EXPIRED : AuditAction.SESSION_ENDED, null,
                        idle ? "idle for " + session.getMaxInactiveInterval() / 60 + " minutes" : null,
                        Requests.remoteAddress(user));
            }
        }
    }

    private static boolean signedOut(HttpSession session) {
        try {
            return session.getAttribute(SignOutAudit.SIGNED_OUT) != null;
        } catch (IllegalStateException alreadyInvalid) {
            return false;
        }
    }

    /**
     * The container's timestamps are the wall clock's (not the portal's clock, which tests may set); a second's leeway
     * covers the rounding of its expiry sweep.
     */
    private static boolean timedOut(HttpSession session) {
        try {
            int seconds = session.getMaxInactiveInterval();
            return seconds > 0 && session.getLastAccessedTime() + seconds * 1000L <= System.currentTimeMillis() + 1000;
        } catch (IllegalStateException alreadyInvalid) {
            return false;
        }
    }
}
