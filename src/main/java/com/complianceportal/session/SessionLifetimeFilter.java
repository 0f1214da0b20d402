package com.complianceportal.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session lifetime: a session older than {@code portal.security.session.absolute-timeout} (counted from
 * its creation) is invalidated before the request is looked at, however active it has been; the request then goes on
 * as one of nobody signed in, which leads to the login page.
 */
public final class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration lifetime;
    private final SessionRegistry registry;
    private final Clock clock;

    public SessionLifetimeFilter(SessionProperties properties, SessionRegistry registry, Clock clock) {
        this.lifetime = properties.absoluteTimeout();
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && tooOld(session)) {
            SessionStamp.end(session, registry);
        }
        chain.doFilter(request, response);
    }

    private boolean tooOld(HttpSession session) {
        try {
            return Instant.ofEpochMilli(session.getCreationTime()).plus(lifetime).isBefore(clock.instant());
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
