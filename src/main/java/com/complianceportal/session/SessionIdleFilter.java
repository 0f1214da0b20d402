package com.complianceportal.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The idle timeout ({@code server.servlet.session.timeout}) of a session whose tab stays open. An open tab sends
 * Vaadin's heartbeat every minute, and the container counts every request as activity, so its own timeout would never
 * come; Vaadin then only closes the tab's UI, and the page, reloaded, would find the user still signed in. Here the
 * last request other than a heartbeat counts: a session without one for longer than its timeout is ended before the
 * request is looked at, and the request goes on as one of nobody signed in.
 * <p>
 * A heartbeat whose session has ended (here, or otherwise: signed out in another tab, ended by an administrator, a
 * restart) is answered 403, as Vaadin answers the heartbeat of a closed UI: the tab then reloads, and a reload
 * without a session leads to the login page. Without this the heartbeat would be redirected to the login page, which
 * the tab does not notice: it would go on showing the register until the next click.
 */
public final class SessionIdleFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = "portal.lastActivity";
    static final String ENDED_IDLE = "portal.endedIdle";

    private final SessionRegistry registry;
    private final Clock clock;

    public SessionIdleFilter(SessionRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** True when the session was ended here, after its idle timeout. */
    public static boolean endedIdle(HttpSession session) {
        try {
            return session.getAttribute(ENDED_IDLE) != null;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean heartbeat = heartbeat(request);
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                long now = clock.millis();
                if (idle(session, now)) {
                    session.setAttribute(ENDED_IDLE, Boolean.TRUE);
                    SessionStamp.end(session, registry);
                    session = null;
                } else if (!heartbeat) {
                    session.setAttribute(LAST_ACTIVITY, now);
                }
            } catch (IllegalStateException invalidated) {
                session = null;
            }
        }
        if (heartbeat && session == null && request.getRequestedSessionId() != null) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A Vaadin heartbeat, which an open tab sends on its own: never the user's activity. */
    static boolean heartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }

    private static boolean idle(HttpSession session, long now) {
        int timeoutSeconds = session.getMaxInactiveInterval();
        return timeoutSeconds > 0 && session.getAttribute(LAST_ACTIVITY) instanceof Long last
                && now - last >= timeoutSeconds * 1000L;
    }
}
