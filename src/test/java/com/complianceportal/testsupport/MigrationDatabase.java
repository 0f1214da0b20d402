package com.complianceportal.testsupport;

import com.complianceportal.shared.db.SqlDialect;
import com.complianceportal.shared.db.VendorMigrations;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database of its own for a migration or data-layer test, on the run's database ({@link TestDatabase}): an in-memory
 * H2 database, or a fresh database of the test PostgreSQL server. Migrated step by step with {@link #migrateTo},
 * emptied and closed by {@link #close}.
 */
public final class MigrationDatabase implements AutoCloseable {

    private final HikariDataSource dataSource = new HikariDataSource();
    private final JdbcClient jdbc;
    private final String url;

    public MigrationDatabase(String name) {
        if (TestDatabase.postgres()) {
            url = TestPostgres.newDatabase(name);
            dataSource.setUsername(TestPostgres.USER);
        } else {
            url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }
        dataSource.setJdbcUrl(url);
        jdbc = JdbcClient.create(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** The dialect of this database. */
    public SqlDialect dialect() {
        return TestDatabase.dialect();
    }

    /** Applies the project's migrations up to {@code target} (a version, or "latest"). */
    public void migrateTo(String target) {
        VendorMigrations.configure(Flyway.configure().dataSource(dataSource)
                .locations(TestDatabase.migrationLocations())).target(target).load().migrate();
    }

    @Override
    public void close() {
        if (TestDatabase.postgres()) {
            dataSource.close();
            TestPostgres.dropDatabase(url);
        } else {
            jdbc.sql("DROP ALL OBJECTS").update();
            dataSource.close();
        }
    }
}
