package com.complianceportal.user.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.session.LiveSession;
import com.complianceportal.session.LiveSessions;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
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

/** A password change, and "End other sessions", end the user's other sessions and keep the one they used. */
@SpringBootTest
@WithMockUser(username = "pcs-user", roles = "VIEWER")
class PasswordChangeSessionsIT {

    static final String OLD = "Old password of pcs";

    @Autowired
    AccountService accounts;
    @Autowired
    PortalUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SessionRegistry registry;
    @Autowired
    LiveSessions liveSessions;
    @Autowired
    AuditEventRepository audit;

    SignedInSessions sessions;

    @BeforeEach
    void freshUser() {
        sessions = new SignedInSessions(registry, liveSessions);
        liveSessions.endAll("pcs-user");
        users.findByUsername("pcs-user").ifPresent(users::delete);
        users.save(PortalUser.create("pcs-user", "Pat Sessions", encoder.encode(OLD), Role.VIEWER, Instant.now()));
    }

    @AfterEach
    void noRequest() {
        SignedInSessions.servingNone();
    }

    @Test
    void a_password_change_ends_the_other_sessions_and_keeps_this_one() {
        var here = sessions.signIn("pcs-user");
        var phone = sessions.signIn("pcs-user");
        var laptop = sessions.signIn("pcs-user");
        SignedInSessions.serving(here);

        accounts.changePassword(OLD, "A new password for pcs");

        assertThat(sessions.allEnded(List.of(phone, laptop))).isTrue();
        assertThat(sessions.ended(here)).isFalse();
        assertThat(accounts.mySessions()).singleElement().extracting(LiveSession::current).isEqualTo(true);
        assertThat(audit.findByUsernameOrderByOccurredAtDesc("pcs-user"))
                .filteredOn(e -> e.action() == AuditAction.SESSION_ENDED).first().extracting(AuditEvent::detail)
                .isEqualTo("user=pcs-user sessions=2 reason=password change");
    }

    @Test
    void a_refused_password_change_ends_nothing() {
        var here = sessions.signIn("pcs-user");
        var other = sessions.signIn("pcs-user");
        SignedInSessions.serving(here);

        try {
            accounts.changePassword("not the old one", "A new password for pcs");
        } catch (PasswordChangeException expected) {
            // refused, as it should be
        }

        assertThat(sessions.ended(other)).isFalse();
        assertThat(accounts.mySessions()).hasSize(2);
    }

    @Test
    void the_user_ends_their_other_sessions_from_the_account_page() {
        var here = sessions.signIn("pcs-user");
        var other = sessions.signIn("pcs-user");
        SignedInSessions.serving(here);

        assertThat(accounts.mySessions()).hasSize(2).filteredOn(LiveSession::current).hasSize(1);
        assertThat(accounts.endMyOtherSessions()).isEqualTo(1);

        assertThat(sessions.ended(other)).isTrue();
        assertThat(sessions.ended(here)).isFalse();
        assertThat(audit.findByUsernameOrderByOccurredAtDesc("pcs-user")).extracting(AuditEvent::action)
                .contains(AuditAction.SESSION_ENDED);
    }

    @Test
    void a_changed_password_clears_the_demand_to_change_it() {
        PortalUser user = users.findByUsername("pcs-user").orElseThrow();
        users.save(user.withTemporaryPassword(user.passwordHash(), Instant.now()));
        assertThat(accounts.mustChangePassword()).isTrue();

        accounts.changePassword(OLD, "A new password for pcs");

        assertThat(accounts.mustChangePassword()).isFalse();
    }
}
