package com.complianceportal.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.user.domain.ColorScheme;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class AccountServiceIT {

    static final String OLD = "old-password-123";

    @Autowired
    AccountService accounts;
    @Autowired
    PortalUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    AuditEventRepository audit;

    @BeforeEach
    void freshUser() {
        throttle.reentrySucceeded("pwchanger");
        users.findByUsername("pwchanger").ifPresent(users::delete);
        users.save(PortalUser.create("pwchanger", "Pat Changer", encoder.encode(OLD), Role.VIEWER, Instant.now()));
    }

    @Test
    @WithMockUser(username = "pwchanger", roles = "VIEWER")
    void a_user_changes_their_password_and_only_the_new_one_matches() {
        accounts.changePassword(OLD, "brand-new-password");

        String hash = users.findByUsername("pwchanger").orElseThrow().passwordHash();
        assertThat(encoder.matches("brand-new-password", hash)).isTrue();
        assertThat(encoder.matches(OLD, hash)).isFalse();
        assertThat(hash).doesNotContain("brand-new-password").startsWith("{argon2}$argon2id$");
    }

    @Test
    @WithMockUser(username = "pwchanger", roles = "VIEWER")
    void a_wrong_current_password_is_refused() {
        assertThatThrownBy(() -> accounts.changePassword("guess", "brand-new-password"))
                .isInstanceOfSatisfying(PasswordChangeException.class,
                        e -> assertThat(e.field()).isEqualTo(PasswordChangeException.Field.CURRENT_PASSWORD));
    }

    @Test
    @WithMockUser(username = "pwchanger", roles = "VIEWER")
    void wrong_current_passwords_are_audited_and_after_five_the_next_try_waits() {
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> accounts.changePassword("guess", "brand-new-password"))
                    .hasMessage("The current password is not correct.");
        }

        assertThatThrownBy(() -> accounts.changePassword(OLD, "brand-new-password"))
                .isInstanceOfSatisfying(PasswordChangeException.class,
                        e -> assertThat(e.field()).isEqualTo(PasswordChangeException.Field.CURRENT_PASSWORD))
                .hasMessageMatching("Too many attempts with a wrong current password\\. Try again in \\d+ seconds\\.");
        assertThat(encoder.matches(OLD, users.findByUsername("pwchanger").orElseThrow().passwordHash())).isTrue();
        assertThat(audit.findByUsernameOrderByOccurredAtDesc("pwchanger")).extracting(AuditEvent::action)
                .filteredOn(a -> a == AuditAction.PASSWORD_CHANGE_REFUSED).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    @WithMockUser(username = "pwchanger", roles = "VIEWER")
    void the_service_applies_the_password_rules_itself() {
        assertThatThrownBy(() -> accounts.changePassword(OLD, "short"))
                .isInstanceOf(PasswordChangeException.class);
        assertThatThrownBy(() -> accounts.changePassword(OLD, "PWCHANGER"))
                .isInstanceOf(PasswordChangeException.class);
        assertThatThrownBy(() -> accounts.changePassword(OLD, OLD))
                .isInstanceOf(PasswordChangeException.class);
    }

    @Test
    @WithMockUser(username = "pwchanger", roles = "VIEWER")
    void the_colour_scheme_is_remembered_per_user() {
        accounts.setColorScheme(ColorScheme.DARK);
        assertThat(accounts.myAccount().colorScheme()).isEqualTo(ColorScheme.DARK);
        assertThat(users.findByUsername("viewer").orElseThrow().colorScheme()).isEqualTo(ColorScheme.LIGHT);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_caller_is_refused() {
        assertThatThrownBy(() -> accounts.myAccount()).isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(PasswordChangeException.class);
    }

    @Test
    void a_caller_without_any_authentication_is_refused() {
        assertThatThrownBy(() -> accounts.changePassword(OLD, "brand-new-password"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
