package com.complianceportal.assessment.local;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills an empty local register with demo assessments ({@code portal.demo.assessments}, default 2,000) at start-up.
 * Only in the demo profile, never together with {@code prod}, and never over existing data.
 */
@Component
@Profile("demo & !prod")
@Order(10)
class DemoRegister implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegister.class);
    /** Assessments per JDBC batch and transaction. */
    static final int BATCH = 2_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int assessments;
    private final long seed;

    DemoRegister(DataSource dataSource, JdbcClient jdbc, Clock clock,
            @Value("${portal.demo.assessments:2000}") int assessments, @Value("${portal.demo.seed:20261125}") long seed) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
        this.assessments = assessments;
        this.seed = seed;
    }

    @Override
    public void run(@Nullable ApplicationArguments args) throws SQLException {
        long existing = jdbc.sql("SELECT COUNT(*) FROM assessment").query(Long.class).single();
        if (existing > 0) {
            log.info("Demo register not loaded: the register already holds {} assessments", existing);
            return;
        }
        long start = System.nanoTime();
        load(dataSource, assessments, seed, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        log.info("Demo register loaded: {} assessments in {} ms", assessments,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    /**
     * Writes {@code count} generated assessments and their organisations into an empty register, committing every
     * {@link #BATCH}. The register's secondary indexes are dropped for the load and built again afterwards, from the
     * migration's own statements: one sorted build per index instead of a million random inserts.
     */
    static void load(DataSource dataSource, int count, long seed, LocalDate today) throws SQLException {
        DemoRegisterGenerator generator = new DemoRegisterGenerator(seed, today, count);
        List<RegisterIndexes.Index> indexes = RegisterIndexes.fromMigration();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            BulkLoadSettings settings = BulkLoadSettings.apply(connection);
            RegisterIndexes.drop(connection, indexes);
            try (RegisterWriter writer = new RegisterWriter(connection)) {
                for (var organisation : generator.organisations()) {
                    writer.organisation(organisation);
                }
                writer.flush();
                for (int i = 1; i <= count; i++) {
                    writer.assessment(generator.next());
                    if (i % BATCH == 0) {
                        writer.flush();
                        connection.commit();
                    }
                    if (i % 100_000 == 0) {
                        log.info("Demo register: {} of {} assessments written", i, count);
                    }
                }
                writer.flush();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                long start = System.nanoTime();
                RegisterIndexes.create(connection, indexes);
                connection.commit();
                log.info("Demo register: {} indexes built in {} ms", indexes.size(),
                        Duration.ofNanos(System.nanoTime() - start).toMillis());
                settings.restore(connection);
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
