package com.complianceportal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.Application;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyChanged;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.assessment.service.AssessmentCreationService;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.shared.Secret;
import com.complianceportal.testsupport.PortalHttp;
import com.complianceportal.testsupport.PostgresTestDatabase;
import com.complianceportal.user.domain.Role;
import com.complianceportal.user.service.NewUser;
import com.complianceportal.user.service.UserAdministration;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two portal instances on one database, as behind a proxy: this test's portal (A) and a second one started beside it
 * (B). What B changes reaches A through the database: A's cached register figures follow B's create at A's next look
 * for signals, and A's signed-in sessions end at their next request when B disables their user, gives them another
 * role or ends their sessions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=" + TwoInstancesIT.DATABASE)
class TwoInstancesIT {

    static final String DATABASE = "jdbc:h2:mem:two-instances;DB_CLOSE_DELAY=-1";
    static final String PASSWORD = "Correct-Horse-Battery-7319";
    static ConfigurableApplicationContext other;

    @Autowired
    AssessmentService registerA;
    @Autowired
    InstanceSignals signalsA;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext contextA;
    @LocalServerPort
    int portA;

    /** Instance B, on instance A's database (H2 in memory, or the PostgreSQL database of a PostgreSQL run). */
    @BeforeAll
    static void startTheOtherInstance(@Autowired Environment a) {
        other = new SpringApplicationBuilder(Application.class).logStartupInfo(false)
                .run("--spring.datasource.url=" + a.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + a.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + a.getProperty("spring.datasource.password", ""),
                        "--" + PostgresTestDatabase.SHARED + "=true",
                        "--server.port=0", "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopTheOtherInstance() {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void a_create_on_the_other_instance_reaches_the_cached_figures_at_the_next_look() {
        long before = as(contextA, "viewer", Role.VIEWER, () -> registerA.count(AssessmentFilter.NONE));
        long dashboardBefore = as(contextA, "viewer", Role.VIEWER, () -> registerA.dashboard().figures().total());

        var creation = other.getBean(AssessmentCreationService.class);
        CreationResult result = as(other, "assessor", Role.ASSESSOR, () -> {
            var entity = creation.entities("", 7, 1).getFirst();
            var template = creation.templates().getFirst();
            return creation.create(new NewAssessmentRequest(entity.id(), template.id(), UUID.randomUUID()));
        });
        assertThat(result).isInstanceOf(CreationResult.Created.class);

        signalsA.poll();

        assertThat(as(contextA, "viewer", Role.VIEWER, () -> registerA.count(AssessmentFilter.NONE)))
                .isEqualTo(before + 1);
        assertThat(as(contextA, "viewer", Role.VIEWER, () -> registerA.dashboard().figures().total()))
                .isEqualTo(dashboardBefore + 1);
    }

    @Test
    void each_signal_is_written_once_by_its_instance_and_passed_on_once_by_the_other() {
        other.publishEvent(new ApiKeyChanged("viewer", Upstream.RISE));
        long written = jdbc.sql("SELECT COUNT(*) FROM instance_signal WHERE kind = 'API_KEY' AND subject = 'viewer'"
                + " AND instance_id = ?").param(other.getBean(InstanceSignals.class).instance())
                .query(Long.class).single();
        assertThat(written).isEqualTo(1);

        signalsA.poll();
        long passedAgain = signalsA.poll();

        assertThat(passedAgain).as("a signal already passed on is not passed on again").isZero();
        long echoed = jdbc.sql("SELECT COUNT(*) FROM instance_signal WHERE kind = 'API_KEY' AND instance_id = ?")
                .param(signalsA.instance()).query(Long.class).single();
        assertThat(echoed).as("a signal from elsewhere is not written back").isZero();
    }

    @Test
    void disabling_a_user_on_the_other_instance_ends_their_session_here_at_the_next_request() {
        long id = newUser("cluster-disabled");
        PortalHttp browser = signedInOnA("cluster-disabled");

        as(other, "admin", Role.ADMIN, () -> {
            other.getBean(UserAdministration.class).disable(id);
            return null;
        });

        assertSignedOut(browser.get("/assessments"));
    }

    @Test
    void a_role_changed_on_the_other_instance_ends_the_session_here() {
        long id = newUser("cluster-role");
        PortalHttp browser = signedInOnA("cluster-role");

        as(other, "admin", Role.ADMIN, () -> {
            other.getBean(UserAdministration.class).changeRole(id, Role.ASSESSOR);
            return null;
        });

        assertSignedOut(browser.get("/assessments"));
        // Signed in again, the session carries the new role and stands.
        PortalHttp again = signedInOnA("cluster-role");
        assertThat(again.get("/assessments").statusCode()).isEqualTo(200);
    }

    @Test
    void sessions_ended_on_the_other_instance_end_here_and_new_sign_ins_stand() {
        long id = newUser("cluster-ended");
        PortalHttp first = signedInOnA("cluster-ended");

        int endedThere = as(other, "admin", Role.ADMIN,
                () -> other.getBean(UserAdministration.class).endAllSessions(id));

        assertThat(endedThere).as("the session lives on instance A, not B").isZero();
        assertSignedOut(first.get("/assessments"));
        PortalHttp second = signedInOnA("cluster-ended");
        assertThat(second.get("/assessments").statusCode()).isEqualTo(200);
    }

    private long newUser(String username) {
        return as(other, "admin", Role.ADMIN, () -> other.getBean(UserAdministration.class).create(
                new NewUser(username, "Cluster " + username, null, Role.VIEWER, Secret.of(PASSWORD)))).id();
    }

    private PortalHttp signedInOnA(String username) {
        PortalHttp browser = new PortalHttp(portA);
        HttpResponse<String> signIn = browser.signIn(username, PASSWORD);
        assertThat(signIn.headers().firstValue("Location")).as("sign-in of " + username).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        assertThat(browser.get("/assessments").statusCode()).isEqualTo(200);
        return browser;
    }

    private static void assertSignedOut(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    /** Work as the user on an instance, in that instance's own security-context storage. */
    private static <T> T as(ApplicationContext instance, String username, Role role, Supplier<T> work) {
        SecurityContextHolderStrategy previous = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(
                instance.getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique());
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                role.authorities().stream().map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
            SecurityContextHolder.setContextHolderStrategy(previous);
        }
    }
}
