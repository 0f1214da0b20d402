package com.complianceportal.audit.service;

import com.complianceportal.audit.domain.AuditAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Records a sign-out, with the user who signed out, before the session is invalidated; the session is marked so that
 * its end is not recorded a second time as {@link AuditAction#SESSION_ENDED}. Runs for the sign-out button (Vaadin's
 * {@code AuthenticationContext.logout()}) and for {@code POST /logout} alike: both use the logout handlers of the
 * security configuration. Spring Security also runs them when a session that was ended (by an administrator, a
 * password change or reset) makes its next request: that is no sign-out, and its end is already recorded.
 */
@Component
class SignOutAudit implements LogoutHandler {

    /** Session attribute: this session ends because its user signs out. */
    static final String SIGNED_OUT = "portal.audit.signed-out";

    private final AuditLog audit;
    private final SessionRegistry sessions;

    SignOutAudit(AuditLog audit, SessionRegistry sessions) {
        this.audit = audit;
        this.sessions = sessions;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response,
            @Nullable Authentication authentication) {
        if (authentication == null) {
            return;
        }
        var session = request.getSession(false);
        if (session != null) {
            SessionInformation information = sessions.getSessionInformation(session.getId());
            if (information != null && information.isExpired()) {
                return;
            }
            session.setAttribute(SIGNED_OUT, Boolean.TRUE);
        }
        audit.record(authentication.getName(), AuditAction.SIGNED_OUT, null, null, request.getRemoteAddr());
    }
}
