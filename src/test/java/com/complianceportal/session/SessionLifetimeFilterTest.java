package com.complianceportal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistryImpl;

/** The absolute session lifetime, with a short setting: a session older than it ends, however active. */
class SessionLifetimeFilterTest {

    private final SessionRegistryImpl registry = new SessionRegistryImpl();
    private final MockHttpSession session = new MockHttpSession();

    private boolean requestAfter(Duration age) throws Exception {
        Instant created = Instant.ofEpochMilli(session.getCreationTime());
        Clock clock = Clock.fixed(created.plus(age), ZoneOffset.UTC);
        var filter = new SessionLifetimeFilter(new SessionProperties(Duration.ofSeconds(5)), registry, clock);
        var request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        var chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).as("the request always goes on").isNotNull();
        return session.isInvalid();
    }

    @Test
    void a_session_younger_than_the_lifetime_stays() throws Exception {
        registry.registerNewSession(session.getId(), "someone");
        assertThat(requestAfter(Duration.ofSeconds(4))).isFalse();
        assertThat(registry.getSessionInformation(session.getId()).isExpired()).isFalse();
    }

    @Test
    void a_session_older_than_the_lifetime_is_ended_at_its_next_request() throws Exception {
        registry.registerNewSession(session.getId(), "someone");
        assertThat(requestAfter(Duration.ofSeconds(6))).isTrue();
        assertThat(registry.getSessionInformation(session.getId()).isExpired()).isTrue();
    }

    @Test
    void the_lifetime_is_twelve_hours_unless_configured() {
        assertThat(bound(Map.of()).absoluteTimeout()).isEqualTo(Duration.ofHours(12));
        assertThat(bound(Map.of("portal.security.session.absolute-timeout", "90m")).absoluteTimeout())
                .isEqualTo(Duration.ofMinutes(90));
    }

    private static SessionProperties bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("portal.security.session", SessionProperties.class);
    }
}
