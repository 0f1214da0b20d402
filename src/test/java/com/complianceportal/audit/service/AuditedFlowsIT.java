package com.complianceportal.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyAdministration;
import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The real flows write their audit entries: sign-in and sign-out through the security filters, a session's end by
 * timeout or otherwise, key changes; and afterwards no secret used on the way is anywhere in the audit table.
 */
@SpringBootTest
class AuditedFlowsIT {

    static final String PASSWORD = "flows-password-4b1e-93";
    static final String WRONG_PASSWORD = "flows-wrong-password-77c2";
    static final String KEY = "flows-audit-key-5d0a-e81c";

    @Autowired
    WebApplicationContext context;
    @Autowired
    PortalUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ApiKeyAdministration keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SessionRegistry sessionRegistry;

    MockMvc mvc;

    @BeforeEach
    void signInAsTheFlowsUser() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        if (users.findByUsername("audit-flows").isEmpty()) {
            users.save(PortalUser.create("audit-flows", "Audit Flows", encoder.encode(PASSWORD), Role.VIEWER,
                    Instant.now()));
        }
    }

    private List<AuditAction> actionsOf(String user) {
        return audit.findByUsernameOrderByOccurredAtDesc(user).stream().map(AuditEvent::action).toList();
    }

    private MockHttpSession signIn(String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", "audit-flows")
                .param("password", password).with(csrf())).andReturn().getRequest().getSession();
    }

    @Test
    void signing_out_is_recorded_with_the_user_who_signed_out() throws Exception {
        MockHttpSession session = signIn(PASSWORD);
        assertThat(actionsOf("audit-flows")).first().isEqualTo(AuditAction.SIGN_IN_SUCCEEDED);

        mvc.perform(post("/logout").session(session).with(csrf()));

        AuditEvent signedOut = audit.findByUsernameOrderByOccurredAtDesc("audit-flows").getFirst();
        assertThat(signedOut.action()).isEqualTo(AuditAction.SIGNED_OUT);
        assertThat(signedOut.remoteAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void a_session_ended_by_the_portal_is_no_sign_out_at_its_next_request() throws Exception {
        MockHttpSession session = signIn(PASSWORD);
        sessionRegistry.getSessionInformation(session.getId()).expireNow();

        mvc.perform(get("/assessments").session(session));

        assertThat(actionsOf("audit-flows")).first().isEqualTo(AuditAction.SIGN_IN_SUCCEEDED);
    }

    @Test
    void a_session_whose_tab_only_sends_heartbeats_ends_after_its_idle_timeout_and_is_recorded_as_expired()
            throws Exception {
        // As in the servlet container, ending the session announces it (Spring's HttpSessionEventPublisher).
        var session = new MockHttpSession() {
            @Override
            public void invalidate() {
                events.publishEvent(new HttpSessionDestroyedEvent(this));
                super.invalidate();
            }
        };
        mvc.perform(post("/login").param("username", "audit-flows").param("password", PASSWORD).session(session)
                .with(csrf()));
        session.setMaxInactiveInterval(1);
        // Requests that the portal answers without its Vaadin servlet, which this test has not got.
        mvc.perform(get("/actuator/health").session(session));
        mvc.perform(get("/actuator/health").param("v-r", "heartbeat").session(session));
        assertThat(session.isInvalid()).as("a heartbeat right after a click").isFalse();

        Thread.sleep(1_100);
        mvc.perform(get("/actuator/health").param("v-r", "heartbeat").session(session));

        assertThat(session.isInvalid()).isTrue();
        assertThat(sessionRegistry.getSessionInformation(session.getId())).isNull();
        assertThat(actionsOf("audit-flows")).first().isEqualTo(AuditAction.SESSION_EXPIRED);
    }

    private HttpSessionDestroyedEvent ending(String user, int idleSeconds, boolean signedOut) {
        var session = new MockHttpSession();
        session.setMaxInactiveInterval(idleSeconds);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList("ROLE_VIEWER"));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
        if (signedOut) {
            session.setAttribute(SignOutAudit.SIGNED_OUT, Boolean.TRUE);
        }
        return new HttpSessionDestroyedEvent(session);
    }

    @Test
    void a_session_that_times_out_is_recorded_as_expired_one_ended_otherwise_as_ended_and_a_sign_out_only_once() {
        events.publishEvent(ending("session-ends", 1, false));
        events.publishEvent(ending("session-ends", 1800, false));
        events.publishEvent(ending("session-ends", 1, true));
        events.publishEvent(new HttpSessionDestroyedEvent(new MockHttpSession()));

        assertThat(actionsOf("session-ends")).containsExactly(AuditAction.SESSION_ENDED, AuditAction.SESSION_EXPIRED);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void no_secret_used_in_sign_ins_or_key_changes_is_anywhere_in_the_audit_table() throws Exception {
        long user = Objects.requireNonNull(users.findByUsername("audit-flows").orElseThrow().id());
        keys.set(user, Upstream.RISE, Secret.of(KEY), null, false);
        keys.set(user, Upstream.RISE, Secret.of(KEY + "-2"), null, true);
        keys.revoke(user, Upstream.RISE);
        signIn(WRONG_PASSWORD);
        signIn(PASSWORD);

        assertThat(audit.findByTargetOrderByOccurredAtDesc("audit-flows")).extracting(AuditEvent::action)
                .startsWith(AuditAction.API_KEY_REVOKED, AuditAction.API_KEY_REPLACED, AuditAction.API_KEY_SET);
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM audit_event").query().listOfRows();
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            for (Object value : row.values()) {
                String text = String.valueOf(value);
                assertThat(text).doesNotContain(PASSWORD, WRONG_PASSWORD, KEY, "5d0a-e81c");
            }
        }
    }
}
