package com.complianceportal.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes each signed-in request in {@link LiveSessions}: the session, its user, address and browser. Vaadin's
 * heartbeats are not activity (an open tab alone does not keep a session "active").
 */
public final class SessionActivityFilter extends OncePerRequestFilter {

    private final LiveSessions sessions;

    public SessionActivityFilter(LiveSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !SessionIdleFilter.heartbeat(request)) {
            try {
                sessions.seen(session, authentication.getName(), request.getRemoteAddr(),
                        request.getHeader("User-Agent"));
            } catch (IllegalStateException invalidated) {
                // the session ended during this request: nothing to note
            }
        }
        chain.doFilter(request, response);
    }
}
