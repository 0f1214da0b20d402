package com.complianceportal.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An in-memory database of its own for a migration test: migrated step by step with {@link #migrateTo}, emptied and
 * closed by {@link #close}.
 */
public final class MigrationDatabase implements AutoCloseable {

    private final HikariDataSource dataSource = new HikariDataSource();
    private final JdbcClient jdbc;

    public MigrationDatabase(String name) {
        dataSource.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Applies the project's migrations up to {@code target} (a version, or "latest"). */
    public void migrateTo(String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }

    @Override
    public void close() {
        jdbc.sql("DROP ALL OBJECTS").update();
        dataSource.close();
    }
}
