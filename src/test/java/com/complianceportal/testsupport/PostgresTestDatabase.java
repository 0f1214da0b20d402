package com.complianceportal.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * In a PostgreSQL test run ({@link TestDatabase#postgres()}), gives every Spring application context a fresh
 * database of the test server, in place of the in-memory H2 database the test names. Registered for every Spring Boot
 * test in {@code META-INF/spring.factories}; in an H2 run it does nothing, nor for a context that shares another's
 * database ({@link #SHARED}).
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /**
     * Set (as {@code --portal.test.shared-database=true}) on a second portal a test starts beside its own, with the
     * first one's database: that one is kept.
     */
    public static final String SHARED = "portal.test.shared-database";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!TestDatabase.postgres()
                || context.getEnvironment().getProperty(SHARED, Boolean.class, false)) {
            return;
        }
        String url = TestPostgres.newDatabase(context.getId() == null ? "context" : context.getId());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", TestPostgres.USER,
                "spring.datasource.password", "",
                // Many cached contexts share one server: open connections as they are needed.
                "spring.datasource.hikari.minimum-idle", "1")));
    }
}
