package com.complianceportal.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.session.LiveSessions;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import com.complianceportal.user.domain.UserFilter;
import com.complianceportal.user.domain.UserState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** What administrators may do to users, and every rule the service keeps while they do it. */
@SpringBootTest
@WithMockUser(username = "boss", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
class UserAdministrationIT {

    static final Secret GOOD = Secret.of("Correct horse battery 9");

    @Autowired
    UserAdministration administration;
    @Autowired
    PortalUserRepository users;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SessionRegistry registry;
    @Autowired
    LiveSessions liveSessions;
    @Autowired
    SignInThrottle throttle;

    SignedInSessions sessions;

    @BeforeEach
    void clean() {
        sessions = new SignedInSessions(registry, liveSessions);
        users.findAll().stream().filter(u -> u.username().startsWith("ua-")).forEach(users::delete);
    }

    @AfterEach
    void noRequest() {
        SignedInSessions.servingNone();
    }

    private long user(String username, Role role) {
        Long id = users.save(PortalUser.create(username, "Name of " + username, encoder.encode(GOOD.reveal()), role,
                Instant.now())).id();
        return id == null ? 0 : id;
    }

    private PortalUser stored(long id) {
        return users.findById(id).orElseThrow();
    }

    private List<AuditEvent> auditOf(AuditAction action) {
        return audit.findByUsernameOrderByOccurredAtDesc("boss").stream().filter(e -> e.action() == action).toList();
    }

    @Test
    void an_administrator_creates_a_user_with_an_argon2_hash_and_an_audit_entry_without_the_password() {
        UserAccount created = administration.create(new NewUser("  UA-Alice ", "Alice Example", "alice@example.com",
                Role.ASSESSOR, GOOD));

        assertThat(created.username()).isEqualTo("ua-alice");
        assertThat(created.states()).containsExactly(UserState.ACTIVE);
        PortalUser stored = stored(created.id());
        assertThat(stored.email()).isEqualTo("alice@example.com");
        assertThat(stored.passwordHash()).startsWith("{argon2}$argon2id$");
        assertThat(encoder.matches(GOOD.reveal(), stored.passwordHash())).isTrue();
        assertThat(auditOf(AuditAction.USER_CREATED)).first().satisfies(e -> {
            assertThat(e.detail()).contains("user=ua-alice").contains("role=ASSESSOR")
                    .doesNotContain(GOOD.reveal());
        });
    }

    @Test
    void a_new_user_is_refused_with_the_field_and_reason() {
        user("ua-taken", Role.VIEWER);
        assertRefused(new NewUser("ua-taken", "Someone", null, Role.VIEWER, GOOD), UserRefusedException.Field.USERNAME);
        assertRefused(new NewUser("ua bad name", "Someone", null, Role.VIEWER, GOOD),
                UserRefusedException.Field.USERNAME);
        assertRefused(new NewUser("ua-x", "   ", null, Role.VIEWER, GOOD), UserRefusedException.Field.DISPLAY_NAME);
        assertRefused(new NewUser("ua-x", "Some\u0000one", null, Role.VIEWER, GOOD),
                UserRefusedException.Field.DISPLAY_NAME);
        assertRefused(new NewUser("ua-x", "Someone", "not-an-address", Role.VIEWER, GOOD),
                UserRefusedException.Field.EMAIL);
        for (String password : List.of("short", " ".repeat(12), "password1234", "ua-x", "x".repeat(129))) {
            assertRefused(new NewUser("ua-x", "Someone", null, Role.VIEWER, Secret.of(password)),
                    UserRefusedException.Field.PASSWORD);
        }
        assertThat(users.findByUsername("ua-x")).isEmpty();
    }

    private void assertRefused(NewUser request, UserRefusedException.Field field) {
        assertThatThrownBy(() -> administration.create(request)).isInstanceOfSatisfying(UserRefusedException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void the_list_is_searched_by_name_user_name_and_address_and_filtered_by_role_and_state() {
        long alice = user("ua-alice", Role.ASSESSOR);
        users.save(stored(alice).withEmail("wonder@example.org"));
        long bob = user("ua-bob", Role.VIEWER);
        users.save(stored(bob).withEnabled(false));
        long carol = user("ua-carol_100%", Role.VIEWER);
        users.save(new PortalUser(carol, "ua-carol_100%", "Name of ua-carol", null, stored(carol).passwordHash(), Role.VIEWER, true,
                5, Instant.now().plus(Duration.ofMinutes(10)), stored(carol).colorScheme(), Instant.now(),
                Instant.now(), true, stored(carol).version()));

        assertThat(names(new UserFilter("ua-", null, null))).containsExactly("ua-alice", "ua-bob", "ua-carol_100%");
        assertThat(names(new UserFilter("WONDER@", null, null))).containsExactly("ua-alice");
        assertThat(names(new UserFilter("ua-", Role.VIEWER, null))).containsExactly("ua-bob", "ua-carol_100%");
        assertThat(names(new UserFilter("ua-", null, UserState.DISABLED))).containsExactly("ua-bob");
        assertThat(names(new UserFilter("ua-", null, UserState.LOCKED))).containsExactly("ua-carol_100%");
        assertThat(names(new UserFilter("ua-", null, UserState.MUST_CHANGE_PASSWORD)))
                .containsExactly("ua-carol_100%");
        assertThat(names(new UserFilter("ua-", null, UserState.ACTIVE))).containsExactly("ua-alice");
        assertThat(names(new UserFilter("_100%", null, null))).as("wildcards are plain characters")
                .containsExactly("ua-carol_100%");
        assertThat(names(new UserFilter("\\", null, null))).isEmpty();
        assertThat(names(new UserFilter("' OR 1=1 --", null, null))).isEmpty();
        assertThat(administration.count(new UserFilter("ua-", Role.VIEWER, null))).isEqualTo(2);
        assertThat(administration.users(new UserFilter("ua-", null, null), 1, 1)).extracting(UserAccount::username)
                .containsExactly("ua-bob");
    }

    private List<String> names(UserFilter filter) {
        return administration.users(filter, 0, 100).stream().map(UserAccount::username).toList();
    }

    @Test
    void role_changes_enable_disable_and_unlock_are_stored_and_audited_with_the_user_named() {
        long id = user("ua-dora", Role.VIEWER);
        users.save(stored(id).withTemporaryPassword(stored(id).passwordHash(), Instant.now()));
        for (int i = 0; i < 60; i++) {
            throttle.failed("ua-dora", "192.0.2." + i);
        }
        assertThat(administration.user(id).orElseThrow().states()).contains(UserState.LOCKED);
        assertThat(names(new UserFilter("ua-", null, UserState.LOCKED))).containsExactly("ua-dora");
        assertThat(names(new UserFilter("ua-dora", null, UserState.ACTIVE))).isEmpty();

        administration.changeRole(id, Role.ADMIN);
        administration.unlock(id);
        administration.disable(id);
        assertThat(administration.user(id).orElseThrow().states()).contains(UserState.DISABLED)
                .doesNotContain(UserState.LOCKED);
        administration.enable(id);
        administration.changeRole(id, Role.VIEWER);

        PortalUser stored = stored(id);
        assertThat(stored.role()).isEqualTo(Role.VIEWER);
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.failedAttempts()).isZero();
        assertThat(stored.lockedUntil()).isNull();
        assertThat(auditOf(AuditAction.USER_ROLE_CHANGED)).extracting(AuditEvent::detail)
                .contains("user=ua-dora from=VIEWER to=ADMIN", "user=ua-dora from=ADMIN to=VIEWER");
        for (AuditAction action : List.of(AuditAction.USER_UNLOCKED, AuditAction.USER_DISABLED,
                AuditAction.USER_ENABLED)) {
            assertThat(auditOf(action)).first().extracting(AuditEvent::detail).isEqualTo("user=ua-dora");
        }
    }

    @Test
    void disabling_a_user_ends_all_their_sessions_at_once() {
        long id = user("ua-erin", Role.VIEWER);
        var first = sessions.signIn("ua-erin");
        var second = sessions.signIn("ua-erin");
        var someoneElse = sessions.signIn("ua-other");
        assertThat(administration.sessions(id)).hasSize(2);

        administration.disable(id);

        assertThat(sessions.allEnded(List.of(first, second))).isTrue();
        assertThat(sessions.ended(someoneElse)).isFalse();
        assertThat(administration.sessions(id)).isEmpty();
        assertThat(auditOf(AuditAction.SESSION_ENDED)).first().extracting(AuditEvent::detail)
                .isEqualTo("user=ua-erin sessions=2 reason=disabled");
    }

    @Test
    void a_reset_sets_a_temporary_password_the_user_must_change_and_ends_their_sessions() {
        long id = user("ua-fred", Role.VIEWER);
        var session = sessions.signIn("ua-fred");
        Secret temporary = Secret.of("Temporary pass 4 Fred");

        administration.resetPassword(id, temporary);

        PortalUser stored = stored(id);
        assertThat(stored.mustChangePassword()).isTrue();
        assertThat(encoder.matches(temporary.reveal(), stored.passwordHash())).isTrue();
        assertThat(sessions.ended(session)).isTrue();
        assertThat(administration.user(id).orElseThrow().states()).contains(UserState.MUST_CHANGE_PASSWORD);
        assertThat(auditOf(AuditAction.PASSWORD_RESET)).first().extracting(AuditEvent::detail)
                .isEqualTo("user=ua-fred");
        assertThatThrownBy(() -> administration.resetPassword(id, Secret.of("qwertyuiop12")))
                .isInstanceOf(UserRefusedException.class).hasMessageContaining("commonly used");
    }

    @Test
    void an_administrator_ends_one_session_or_all_of_a_user_named_by_handles_that_are_not_session_ids() {
        long id = user("ua-gina", Role.VIEWER);
        var first = sessions.signIn("ua-gina");
        var second = sessions.signIn("ua-gina");
        var third = sessions.signIn("ua-gina");
        var listed = administration.sessions(id);
        assertThat(listed).hasSize(3).allSatisfy(s -> {
            assertThat(List.of(first.getId(), second.getId(), third.getId())).doesNotContain(s.handle());
            assertThat(s.remoteAddress()).isEqualTo("192.0.2.10");
            assertThat(s.userAgent()).isEqualTo("Test browser of ua-gina");
        });

        assertThat(administration.endSession(id, listed.getFirst().handle())).isTrue();
        assertThat(administration.endSession(id, "no-such-handle")).isFalse();
        assertThat(administration.sessions(id)).hasSize(2);
        assertThat(administration.endAllSessions(id)).isEqualTo(2);
        assertThat(sessions.allEnded(List.of(first, second, third))).isTrue();
    }

    @Test
    @WithMockUser(username = "ua-self", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void the_own_account_is_refused_by_name() {
        long id = user("ua-self", Role.ADMIN);
        assertThatThrownBy(() -> administration.disable(id)).isInstanceOf(UserRefusedException.class)
                .hasMessage("You cannot disable your own account.");
        assertThat(stored(id).enabled()).isTrue();
    }

    @Test
    void a_user_that_no_longer_exists_is_refused_in_words() {
        assertThatThrownBy(() -> administration.changeRole(Long.MAX_VALUE, Role.ADMIN))
                .isInstanceOf(UserRefusedException.class).hasMessage("This user no longer exists.");
    }
}
