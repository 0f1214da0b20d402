package com.complianceportal.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.testsupport.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistryImpl;

/** The idle timeout of a session whose open tab keeps sending heartbeats (timeout of 60 s here). */
class SessionIdleFilterTest {

    private final SessionRegistryImpl registry = new SessionRegistryImpl();
    private final MockHttpSession session = new MockHttpSession();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private final SessionIdleFilter filter = new SessionIdleFilter(registry, clock);

    @BeforeEach
    void signedIn() {
        session.setMaxInactiveInterval(60);
        registry.registerNewSession(session.getId(), "someone");
    }

    private MockHttpServletResponse response = new MockHttpServletResponse();
    private MockFilterChain chain = new MockFilterChain();

    /** A request of the session {@code after} the previous one; true if the session was ended. */
    private boolean request(Duration after, String vaadinRequest) throws Exception {
        clock.advance(after);
        var request = new MockHttpServletRequest("POST", "/");
        if (vaadinRequest != null) {
            request.setParameter("v-r", vaadinRequest);
        }
        request.setSession(session);
        request.setRequestedSessionId(session.getId());
        response = new MockHttpServletResponse();
        chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return session.isInvalid();
    }

    @Test
    void heartbeats_alone_do_not_keep_a_session_signed_in() throws Exception {
        assertThat(request(Duration.ZERO, "uidl")).isFalse();
        for (int beat = 1; beat < 6; beat++) {
            assertThat(request(Duration.ofSeconds(10), "heartbeat")).as("heartbeat %d", beat).isFalse();
        }
        assertThat(request(Duration.ofSeconds(10), "heartbeat")).as("60 s after the last click").isTrue();
        assertThat(registry.getSessionInformation(session.getId()).isExpired()).isTrue();
        assertThat(response.getStatus()).as("the tab reloads, to the login page").isEqualTo(403);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void a_click_after_the_timeout_goes_on_without_the_session() throws Exception {
        request(Duration.ZERO, "uidl");
        assertThat(request(Duration.ofSeconds(61), "uidl")).isTrue();
        assertThat(chain.getRequest()).as("Vaadin answers it: the session has expired").isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void the_heartbeat_of_a_session_ended_otherwise_reloads_the_tab() throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "heartbeat");
        request.setRequestedSessionId("ended-by-a-restart");
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(chain.getRequest()).isNull();

        var beforeSignIn = new MockHttpServletRequest("POST", "/");
        beforeSignIn.setParameter("v-r", "heartbeat");
        var goesOn = new MockFilterChain();
        filter.doFilter(beforeSignIn, new MockHttpServletResponse(), goesOn);
        assertThat(goesOn.getRequest()).as("a heartbeat that names no session").isNotNull();
    }

    @Test
    void every_other_request_is_activity() throws Exception {
        assertThat(request(Duration.ZERO, null)).isFalse();
        assertThat(request(Duration.ofSeconds(50), "uidl")).isFalse();
        assertThat(request(Duration.ofSeconds(50), "heartbeat")).isFalse();
        assertThat(request(Duration.ofSeconds(9), null)).isFalse();
        assertThat(request(Duration.ofSeconds(59), "heartbeat")).isFalse();
        assertThat(registry.getSessionInformation(session.getId()).isExpired()).isFalse();
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void a_session_ended_here_says_so_for_the_audit_log() throws Exception {
        request(Duration.ZERO, "uidl");
        assertThat(SessionIdleFilter.endedIdle(session)).isFalse();
        request(Duration.ofMinutes(5), "uidl");
        assertThat(session.isInvalid()).isTrue();
        var ended = new MockHttpSession();
        ended.setAttribute(SessionIdleFilter.ENDED_IDLE, Boolean.TRUE);
        assertThat(SessionIdleFilter.endedIdle(ended)).isTrue();
    }

    @Test
    void a_session_without_a_timeout_or_without_a_request_yet_is_left_alone() throws Exception {
        session.setMaxInactiveInterval(0);
        assertThat(request(Duration.ZERO, "uidl")).isFalse();
        assertThat(request(Duration.ofHours(5), "heartbeat")).isFalse();
        var fresh = new MockHttpSession();
        fresh.setMaxInactiveInterval(60);
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "heartbeat");
        request.setSession(fresh);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(fresh.isInvalid()).isFalse();
    }

    @Test
    void a_request_without_a_session_goes_on() throws Exception {
        var chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/login"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }
}
