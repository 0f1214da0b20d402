package com.complianceportal.mfa.ui;

import com.complianceportal.mfa.service.PendingSignIn;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** The HTTP session's side of the second step: the pending sign-in it holds, and signing it in once a code passed. */
final class SessionSignIn {

    private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SessionSignIn() {
    }

    /** The sign-in waiting in this browser session for its second step, if any. */
    static Optional<PendingSignIn> pending() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        return wrapped != null && wrapped.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) instanceof PendingSignIn pending
                ? Optional.of(pending) : Optional.empty();
    }

    /** Forgets the pending sign-in, for example when the user cancels it or it expired. */
    static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        if (wrapped != null) {
            wrapped.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        }
    }

    /**
     * Signs the session in with both factors: the pending sign-in goes, the session gets a new id (so an id seen
     * before this moment is worth nothing) and the security context is stored in it.
     */
    static void complete(Authentication authentication) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        request.getSession().removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        request.changeSessionId();
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        REPOSITORY.saveContext(context, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
    }
}
