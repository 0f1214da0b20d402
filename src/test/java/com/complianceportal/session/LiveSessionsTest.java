package com.complianceportal.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.testsupport.MovableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;

/** What one instance records of its sessions: activity at most once a minute, and nothing of ended sessions. */
class LiveSessionsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final SessionRegistryImpl registry = new SessionRegistryImpl();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LiveSessions sessions = new LiveSessions(registry, clock, meters);
    private final MockHttpSession session = new MockHttpSession();

    private LiveSession only() {
        assertThat(sessions.of("ann")).hasSize(1);
        return sessions.of("ann").getFirst();
    }

    @Test
    void activity_is_recorded_at_most_once_a_minute_unless_address_or_browser_change() {
        registry.registerNewSession(session.getId(), "ann");
        sessions.seen(session, "ann", "192.0.2.1", "Browser 1");
        Instant since = clock.instant();

        clock.advance(Duration.ofSeconds(30));
        sessions.seen(session, "ann", "192.0.2.1", "Browser 1");
        assertThat(only().lastActivity()).isEqualTo(since);

        clock.advance(Duration.ofSeconds(31));
        sessions.seen(session, "ann", "192.0.2.1", "Browser 1");
        assertThat(only().lastActivity()).isEqualTo(clock.instant());
        assertThat(only().since()).isEqualTo(since);

        clock.advance(Duration.ofSeconds(1));
        sessions.seen(session, "ann", "198.51.100.7", "Browser 1");
        assertThat(only().remoteAddress()).isEqualTo("198.51.100.7");
        assertThat(only().lastActivity()).isEqualTo(clock.instant());
    }

    @Test
    void a_long_user_agent_is_cut_and_the_handle_is_not_the_session_id() {
        registry.registerNewSession(session.getId(), "ann");
        sessions.seen(session, "ann", null, "x".repeat(5000));
        assertThat(only().userAgent()).hasSize(256);
        assertThat(only().handle()).isNotEqualTo(session.getId()).hasSize(24);
        assertThat(only().current()).isFalse();
    }

    @Test
    void unregistered_expired_and_destroyed_sessions_are_not_listed() {
        sessions.seen(session, "ann", null, null);
        assertThat(sessions.of("ann")).as("not registered at sign-in").isEmpty();
        assertThat(meters.get("portal.sessions.live").gauge().value()).isEqualTo(1);

        registry.registerNewSession(session.getId(), "ann");
        assertThat(sessions.of("ann")).hasSize(1);
        registry.getSessionInformation(session.getId()).expireNow();
        assertThat(sessions.of("ann")).isEmpty();

        sessions.destroyed(new HttpSessionDestroyedEvent(session));
        assertThat(meters.get("portal.sessions.live").gauge().value()).isZero();
        registry.removeSessionInformation(session.getId());
        registry.registerNewSession(session.getId(), "ann");
        assertThat(sessions.of("ann")).as("forgotten when destroyed").isEmpty();
        assertThat(Duration.ofMinutes(1)).isEqualTo(LiveSessions.ACTIVITY_STEP);
    }

    @Test
    void ending_a_session_expires_it_and_invalidates_it() {
        registry.registerNewSession(session.getId(), "ann");
        sessions.seen(session, "ann", null, null);
        assertThat(sessions.end("ann", "wrong-handle")).isFalse();
        assertThat(sessions.end("bob", only().handle())).as("only the user's own").isFalse();

        assertThat(sessions.end("ann", only().handle())).isTrue();

        assertThat(session.isInvalid()).isTrue();
        assertThat(registry.getSessionInformation(session.getId()).isExpired()).isTrue();
        assertThat(sessions.of("ann")).isEmpty();
    }
}
