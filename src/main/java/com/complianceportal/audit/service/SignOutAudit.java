package com.complianceportal.audit.service;

import com.complianceportal.audit.domain.AuditAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Records a sign-out, with the user who signed out, before the session is invalidated; the session is marked so that
 * its end is not recorded a second time as {@link AuditAction#SESSION_ENDED}. Runs for the sign-out button (Vaadin's
 * {@code AuthenticationContext.logout()}) and for {@code POST /logout} alike: both use the logout handlers of the
 * security configuration.
 */
@Component
class SignOutAudit implements LogoutHandler {

    /** Session attribute: this session ends because its user signs out. */
    static final String SIGNED_OUT = "portal.audit.signed-out";

    private final AuditLog audit;

    SignOutAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response,
            @Nullable Authentication authentication) {
        if (authentication == null) {
            return;
        }
        var session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SIGNED_OUT, Boolean.TRUE);
        }
        audit.record(authentication.getName(), AuditAction.SIGNED_OUT, null, null, request.getRemoteAddr());
    }
}
