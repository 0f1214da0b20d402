package com.complianceportal.user.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;

@SpringBootTest
class SignInAttemptsIT {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PortalUserRepository users;
    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void freshUser() {
        users.findByUsername("attempts").ifPresent(users::delete);
        users.save(PortalUser.create("attempts", "Attempt Tester", "$2a$12$unused", Role.VIEWER, Instant.now()));
    }

    private void fail() {
        var token = UsernamePasswordAuthenticationToken.unauthenticated("attempts", "wrong");
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(token, new BadCredentialsException("bad")));
    }

    private PortalUser user() {
        return users.findByUsername("attempts").orElseThrow();
    }

    @Test
    void four_failures_do_not_lock_the_account() {
        for (int i = 0; i < 4; i++) {
            fail();
        }
        assertThat(user().failedAttempts()).isEqualTo(4);
        assertThat(userDetails.loadUserByUsername("attempts").isAccountNonLocked()).isTrue();
    }

    @Test
    void the_fifth_failure_locks_the_account_for_fifteen_minutes() {
        Instant before = Instant.now();
        for (int i = 0; i < 5; i++) {
            fail();
        }
        assertThat(userDetails.loadUserByUsername("attempts").isAccountNonLocked()).isFalse();
        assertThat(user().lockedUntil()).isBetween(before.plus(Duration.ofMinutes(15)),
                Instant.now().plus(Duration.ofMinutes(15)));
    }

    @Test
    void a_lock_that_has_run_out_no_longer_blocks() {
        for (int i = 0; i < 5; i++) {
            fail();
        }
        users.save(new PortalUser(user().id(), "attempts", "Attempt Tester", null, "$2a$12$unused", Role.VIEWER, true,
                5, Instant.now().minusSeconds(1), user().colorScheme(), user().createdAt(), user().passwordChangedAt(),
                false, user().version()));
        assertThat(userDetails.loadUserByUsername("attempts").isAccountNonLocked()).isTrue();
    }

    @Test
    void a_success_resets_the_count() {
        fail();
        fail();
        var token = UsernamePasswordAuthenticationToken.authenticated("attempts", null, java.util.List.of());
        events.publishEvent(new AuthenticationSuccessEvent(token));
        assertThat(user().failedAttempts()).isZero();
        assertThat(user().lockedUntil()).isNull();
    }
}
