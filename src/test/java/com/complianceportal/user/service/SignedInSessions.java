package com.complianceportal.user.service;

import com.complianceportal.session.LiveSessions;
import com.complianceportal.session.SessionActivityFilter;
import java.util.List;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signed-in sessions without a browser: each is registered as a sign-in registers it, then makes one request through
 * the portal's activity filter, as the first page after signing in does.
 */
final class SignedInSessions {

    private final SessionRegistry registry;
    private final LiveSessions sessions;

    SignedInSessions(SessionRegistry registry, LiveSessions sessions) {
        this.registry = registry;
        this.sessions = sessions;
    }

    MockHttpSession signIn(String username) {
        var session = new MockHttpSession();
        var principal = User.withUsername(username).password("unused").roles("VIEWER").build();
        registry.registerNewSession(session.getId(), principal);
        var request = request(session);
        request.addHeader("User-Agent", "Test browser of " + username);
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    AuthorityUtils.createAuthorityList("ROLE_VIEWER")));
            SecurityContextHolder.setContext(context);
            new SessionActivityFilter(sessions).doFilter(request, new MockHttpServletResponse(),
                    new MockFilterChain());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        return session;
    }

    /** Makes {@code session} the one of the request being served, as in a click of its user. */
    static void serving(MockHttpSession session) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request(session)));
    }

    static void servingNone() {
        RequestContextHolder.resetRequestAttributes();
    }

    boolean ended(MockHttpSession session) {
        var info = registry.getSessionInformation(session.getId());
        return session.isInvalid() && (info == null || info.isExpired());
    }

    boolean allEnded(List<MockHttpSession> list) {
        return list.stream().allMatch(this::ended);
    }

    private static MockHttpServletRequest request(MockHttpSession session) {
        var request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        request.setRemoteAddr("192.0.2.10");
        return request;
    }
}
