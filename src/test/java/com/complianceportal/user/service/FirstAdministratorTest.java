package com.complianceportal.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

/** The first administrator of an empty installation: a generated password must be replaced at the first sign-in. */
class FirstAdministratorTest {

    private final PortalUserRepository users = mock(PortalUserRepository.class);

    private PortalUser created(SecurityProperties.Admin admin) {
        when(users.existsByRole(Role.ADMIN)).thenReturn(false);
        when(users.save(any())).thenAnswer(call -> call.getArgument(0));
        new FirstAdministrator(users, NoOpPasswordEncoder.getInstance(), mock(AuditLog.class),
                new SecurityProperties(new SecurityProperties.SignInLimits(5, Duration.ofSeconds(5), Duration.ofMinutes(15), 50, 10,
                        120), admin),
                Clock.systemUTC()).run(new DefaultApplicationArguments());
        var saved = ArgumentCaptor.forClass(PortalUser.class);
        verify(users).save(saved.capture());
        return saved.getValue();
    }

    @Test
    void a_generated_password_must_be_changed_at_the_first_sign_in() {
        PortalUser admin = created(new SecurityProperties.Admin(null, null));
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
    }

    @Test
    void a_configured_password_is_the_operators_own_choice() {
        PortalUser admin = created(new SecurityProperties.Admin("root", Secret.of("Operator chose this 1")));
        assertThat(admin.username()).isEqualTo("root");
        assertThat(admin.mustChangePassword()).isFalse();
    }
}
