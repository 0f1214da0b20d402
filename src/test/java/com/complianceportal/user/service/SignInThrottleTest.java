package com.complianceportal.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.testsupport.MovableClock;
import com.complianceportal.user.service.SecurityProperties.Admin;
import com.complianceportal.user.service.SecurityProperties.SignInLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final AuditLog audit = mock(AuditLog.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SignInThrottle throttle = new SignInThrottle(new SecurityProperties(
            new SignInLimits(5, Duration.ofSeconds(5), Duration.ofMinutes(15), 50, 10, 100), new Admin(null, null)),
            audit, clock, new SignInMeters(meters));

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    @Test
    void five_failures_are_free_then_each_one_doubles_the_wait_from_that_address() {
        fail("admin", "203.0.113.7", 5);
        assertThat(throttle.check("admin", "203.0.113.7")).isEmpty();

        fail("admin", "203.0.113.7", 1);
        assertThat(throttle.check("admin", "203.0.113.7")).get().extracting(SignInRefusal::seconds).isEqualTo(5L);
        fail("admin", "203.0.113.7", 1);
        assertThat(throttle.check("ADMIN ", "203.0.113.7")).as("user names are case-insensitive")
                .get().extracting(SignInRefusal::seconds).isEqualTo(10L);

        clock.advance(Duration.ofSeconds(11));
        assertThat(throttle.check("admin", "203.0.113.7")).isEmpty();
    }

    @Test
    void a_stranger_failing_from_one_address_does_not_hold_back_the_user_elsewhere() {
        fail("admin", "203.0.113.7", 40);

        assertThat(throttle.check("admin", "203.0.113.7")).get().extracting(SignInRefusal::delay)
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.check("admin", "198.51.100.1")).as("the real admin's own address").isEmpty();
        assertThat(throttle.delayedUntil("admin")).isEmpty();
        assertThat(meters.get(SignInMeters.LOCKOUTS).tag("scope", "address").counter().count()).isEqualTo(1);
        assertThat(meters.find(SignInMeters.LOCKOUTS).tag("scope", "account").counter()).isNull();
        assertThat(meters.get(SignInMeters.THROTTLED).tag("limit", "user_address").counter().count()).isEqualTo(1);
    }

    @Test
    void many_failures_from_many_addresses_hold_the_user_name_back_everywhere_until_an_admin_unlocks_it() {
        for (int i = 0; i < 51; i++) {
            fail("admin", "192.0.2." + i, 1);
        }
        assertThat(throttle.check("admin", "198.51.100.1")).get().extracting(SignInRefusal::limit)
                .isEqualTo("failures of this user name from all addresses");
        assertThat(throttle.delayedUntil("admin")).isPresent();
        verify(audit).record(eq("admin"), eq(AuditAction.ACCOUNT_LOCKED), startsWith("sign-in delayed"), any());
        assertThat(meters.get(SignInMeters.LOCKOUTS).tag("scope", "account").counter().count()).isEqualTo(1);

        throttle.clear("admin");
        assertThat(throttle.check("admin", "198.51.100.1")).isEmpty();
        assertThat(throttle.delayedUntil("admin")).isEmpty();
    }

    @Test
    void one_address_trying_many_user_names_is_held_back_before_any_password_is_checked() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.check("user" + i, "203.0.113.9")).isEmpty();
        }
        Optional<SignInRefusal> eleventh = throttle.check("user10", "203.0.113.9");

        assertThat(eleventh).get().extracting(SignInRefusal::limit).isEqualTo("attempts from this address");
        assertThat(eleventh.get().seconds()).isBetween(1L, 6L);
        assertThat(throttle.check("user10", "203.0.113.10")).as("another address").isEmpty();
        verify(audit).record(eq("user10"), eq(AuditAction.SIGN_IN_THROTTLED),
                startsWith("refused for "), eq("203.0.113.9"));
        clock.advance(Duration.ofSeconds(6));
        assertThat(throttle.check("user10", "203.0.113.9")).isEmpty();
    }

    @Test
    void all_addresses_together_have_a_rate_too() {
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.check("someone", "10.1.0." + i)).isEmpty();
        }
        assertThat(throttle.check("someone", "10.2.0.1")).get().extracting(SignInRefusal::limit)
                .isEqualTo("attempts from all addresses");
    }

    @Test
    void a_success_forgets_the_failures() {
        fail("viewer", "203.0.113.7", 7);
        throttle.succeeded("viewer");
        assertThat(throttle.check("viewer", "203.0.113.7")).isEmpty();
    }

    @Test
    void wrong_current_passwords_are_slowed_down_separately_from_sign_ins() {
        for (int i = 0; i < 6; i++) {
            assertThat(throttle.checkReentry("viewer")).isEmpty();
            throttle.reentryFailed("viewer");
        }
        assertThat(throttle.checkReentry("viewer")).get().extracting(SignInRefusal::seconds).isEqualTo(5L);
        assertThat(throttle.check("viewer", "203.0.113.7")).isEmpty();
        verify(audit, org.mockito.Mockito.never()).record(any(), eq(AuditAction.SIGN_IN_THROTTLED), any(), any());
    }
}
