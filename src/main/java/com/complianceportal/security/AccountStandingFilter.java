package com.complianceportal.security;

import com.complianceportal.session.SessionStamp;
import com.complianceportal.user.service.SessionStandings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its next request when its user was disabled, given another role, or had their sessions
 * ended since it was signed in, whichever portal instance made the change (the database says so; see
 * {@link SessionStandings}). Runs before the security context is loaded, like the session lifetime: the request then
 * goes on as one of nobody signed in, which leads to the login page. A session is stamped with the moment it was
 * signed in by the request that signed it in.
 */
final class AccountStandingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountStandingFilter.class);

    private final SessionStandings standings;
    private final SessionRegistry registry;

    AccountStandingFilter(SessionStandings standings, SessionRegistry registry) {
        this.standings = standings;
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant started = SessionStamp.now();
        HttpSession session = request.getSession(false);
        Authentication before = session == null ? null : signedIn(session);
        if (session != null && before != null) {
            Instant signedInAt = SessionStamp.of(session);
            if (signedInAt == null) {
                SessionStamp.stamp(session, started);
            } else if (!stands(before, signedInAt)) {
                SessionStamp.end(session, registry);
            }
        }
        chain.doFilter(request, response);
        HttpSession after = request.getSession(false);
        if (after != null && SessionStamp.of(after) == null && signedIn(after) != null) {
            SessionStamp.stamp(after, started);
        }
    }

    private boolean stands(Authentication signedIn, Instant signedInAt) {
        Set<String> roles = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_")).collect(Collectors.toSet());
        try {
            return standings.stands(signedIn.getName(), roles, signedInAt);
        } catch (DataAccessException unreadable) {
            // Without a database nothing the session asks for can be served either; the request shows that.
            log.debug("The standing of a session could not be read: {}", unreadable.getMessage());
            return true;
        }
    }

    private static @Nullable Authentication signedIn(HttpSession session) {
        try {
            Object context = session.getAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication authentication = context instanceof SecurityContext security
                    ? security.getAuthentication() : null;
            return authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken ? null : authentication;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
