package com.complianceportal.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class SignInAttemptsIT {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PortalUserRepository users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    SignInDelays delays;
    @Autowired
    AuditEventRepository audit;

    @BeforeEach
    void freshUser() {
        users.findByUsername("attempts").ifPresent(users::delete);
        users.save(PortalUser.create("attempts", "Attempt Tester", "$2a$12$unused", Role.VIEWER, Instant.now()));
        throttle.clear("attempts");
    }

    private void fail() {
        var token = UsernamePasswordAuthenticationToken.unauthenticated("attempts", "wrong");
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(token, new BadCredentialsException("bad")));
    }

    @Test
    void failures_never_lock_the_account_in_the_database() {
        for (int i = 0; i < 8; i++) {
            fail();
        }
        assertThat(userDetails.loadUserByUsername("attempts").isAccountNonLocked()).isTrue();
        assertThat(audit.findByUsernameOrderByOccurredAtDesc("attempts")).extracting(AuditEvent::action)
                .filteredOn(a -> a == AuditAction.SIGN_IN_FAILED).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void five_failures_are_free_and_the_sixth_makes_the_next_attempt_from_there_wait() {
        for (int i = 0; i < 5; i++) {
            fail();
        }
        assertThat(throttle.check("attempts", null)).isEmpty();
        fail();
        assertThat(throttle.check("attempts", null)).isPresent();
        assertThat(throttle.check("attempts", "198.51.100.1")).as("from another address").isEmpty();
    }

    @Test
    void a_success_forgets_the_failures() {
        for (int i = 0; i < 6; i++) {
            fail();
        }
        var token = UsernamePasswordAuthenticationToken.authenticated("attempts", null, java.util.List.of());
        events.publishEvent(new AuthenticationSuccessEvent(token));
        assertThat(throttle.check("attempts", null)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_administrator_unlock_ends_every_delay() {
        for (int i = 0; i < 60; i++) {
            throttle.failed("attempts", "192.0.2." + i);
        }
        assertThat(delays.delayedUntil("attempts")).isPresent();

        delays.unlock("attempts");

        assertThat(delays.delayedUntil("attempts")).isEmpty();
        assertThat(throttle.check("attempts", "192.0.2.1")).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ASSESSOR")
    void only_administrators_see_or_end_delays() {
        assertThatThrownBy(() -> delays.unlock("attempts")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> delays.delayedUntil("attempts")).isInstanceOf(AuthorizationDeniedException.class);
    }
}
