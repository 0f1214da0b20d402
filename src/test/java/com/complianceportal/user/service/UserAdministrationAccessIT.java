package com.complianceportal.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.Role;
import com.complianceportal.user.domain.UserFilter;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Only administrators manage users and their sessions; every signed-in role manages its own sessions. */
@SpringBootTest
class UserAdministrationAccessIT {

    static final Secret PASSWORD = Secret.of("Access test password 1");

    @Autowired
    UserAdministration administration;
    @Autowired
    AccountService accounts;

    private List<ThrowingCallable> everyAdministrationMethod() {
        return List.of(
                () -> administration.users(UserFilter.NONE, 0, 10),
                () -> administration.count(UserFilter.NONE),
                () -> administration.user(1),
                () -> administration.create(new NewUser("access-x", "X", null, Role.ADMIN, PASSWORD)),
                () -> administration.changeRole(1, Role.ADMIN),
                () -> administration.disable(1),
                () -> administration.enable(1),
                () -> administration.unlock(1),
                () -> administration.resetPassword(1, PASSWORD),
                () -> administration.sessions(1),
                () -> administration.endSession(1, "handle"),
                () -> administration.endAllSessions(1));
    }

    private List<ThrowingCallable> everyOwnSessionMethod() {
        return List.of(() -> accounts.mySessions(), () -> accounts.endMyOtherSessions(),
                () -> accounts.mustChangePassword());
    }

    @Test
    @WithAnonymousUser
    void anonymous_callers_are_refused_everything() {
        everyAdministrationMethod().forEach(call -> assertThatThrownBy(call)
                .isInstanceOf(AccessDeniedException.class));
        everyOwnSessionMethod().forEach(call -> assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void callers_without_any_authentication_are_refused_everything() {
        everyAdministrationMethod().forEach(call -> assertThatThrownBy(call)
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_is_refused_every_administration_method_but_manages_their_own_sessions() {
        everyAdministrationMethod().forEach(call -> assertThatThrownBy(call)
                .isInstanceOf(AccessDeniedException.class));
        assertThat(accounts.mySessions()).isNotNull();
        assertThat(accounts.mustChangePassword()).isFalse();
        assertThat(accounts.endMyOtherSessions()).isZero();
    }

    @Test
    @WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
    void an_assessor_is_refused_every_administration_method() {
        everyAdministrationMethod().forEach(call -> assertThatThrownBy(call)
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void an_administrator_may_list_users() {
        assertThat(administration.count(UserFilter.NONE)).isPositive();
        assertThat(administration.users(UserFilter.NONE, 0, 10)).isNotEmpty();
    }
}
