package com.complianceportal.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.i18n.Texts;
import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.LoginPage;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A new installation as users meet it: a database file migrated from scratch by this very start, whose first pooled
 * connections (among them the one that ran the migrations) are then retired, as the pool does after their lifetime.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo.assessments=20")
class FreshInstallIT extends ChromiumSession {

    @Autowired
    DataSource dataSource;
    @Autowired
    PortalUserRepository users;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void freshDatabaseFile(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("portal-fresh-install");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("portal") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void signs_users_in_and_writes_after_the_first_pooled_connections_are_retired() throws Exception {
        retireEveryPooledConnection();

        new LoginPage(page, baseUrl()).open().signInSuccessfully("viewer", "viewer");

        assertThat(audit.findByUsernameOrderByOccurredAtDesc("viewer")).extracting(AuditEvent::action)
                .contains(AuditAction.SIGN_IN_SUCCEEDED);
        users.save(PortalUser.create("fresh-reviewer", "Fresh Reviewer", "{noop}unused-password", Role.ASSESSOR,
                Instant.now()));
        assertThat(users.findByUsername("fresh-reviewer")).isPresent();
        assertThat(health()).isEqualTo(200);
    }

    @Test
    void a_database_that_refuses_writes_shows_a_message_on_the_login_page_and_turns_health_down() throws Exception {
        retireEveryPooledConnection();
        // An earlier failed attempt, so that the sign-in has the account's row to write (it forgets the failure).
        jdbc.update("UPDATE portal_user SET failed_attempts = 1 WHERE username = 'viewer'");
        // Every write to these tables now fails, as every write did when the database had been closed under them.
        jdbc.execute("ALTER TABLE portal_user ADD CONSTRAINT refuse_writes CHECK (failed_attempts < 0) NOCHECK");
        jdbc.execute("ALTER TABLE health_probe ADD CONSTRAINT refuse_probe CHECK (id < 0) NOCHECK");
        try {
            LoginPage login = new LoginPage(page, baseUrl()).open();
            login.signInAs("viewer", "viewer");

            assertThat(login.showsFailure()).isTrue();
            assertThat(page.url()).contains("unavailable=");
            assertThat(login.showsText(Texts.t(Locale.ENGLISH, "login.unavailable.title"))).isTrue();
            assertThat(login.username()).as("the user name typed is kept").isEqualTo("viewer");
            assertThat(health()).isEqualTo(503);
            assertThat(health("/readiness")).isEqualTo(503);
            assertThat(health("/liveness")).as("a restart would not mend the database").isEqualTo(200);
        } finally {
            jdbc.execute("ALTER TABLE portal_user DROP CONSTRAINT refuse_writes");
            jdbc.execute("ALTER TABLE health_probe DROP CONSTRAINT refuse_probe");
            jdbc.update("UPDATE portal_user SET failed_attempts = 0 WHERE username = 'viewer'");
        }
        assertThat(health()).isEqualTo(200);
    }

    private void retireEveryPooledConnection() throws Exception {
        var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        pool.softEvictConnections();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (pool.getActiveConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(pool.getActiveConnections()).isZero();
    }

    private int health() throws IOException, InterruptedException {
        return health("");
    }

    private int health(String group) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health" + group)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
