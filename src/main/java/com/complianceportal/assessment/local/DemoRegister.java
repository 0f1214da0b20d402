package com.complianceportal.assessment.local;

import com.complianceportal.assessment.service.RegisterChanged;
import com.complianceportal.shared.db.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills an empty local register with demo assessments ({@code portal.demo.assessments}, default 2,000) at start-up.
 * Only in the demo profile, never together with {@code prod}, and never over existing data.
 */
@Component
@ConditionalOnProperty(name = "portal.source", havingValue = "local", matchIfMissing = true)
@Profile("demo & !prod")
@Order(10)
class DemoRegister implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegister.class);
    /** Assessments per JDBC batch and transaction. */
    static final int BATCH = 5_000;
    private static final ExecutorService GENERATOR = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "demo-register-generator");
        thread.setDaemon(true);
        return thread;
    });

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int assessments;
    private final long seed;

    DemoRegister(DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
            @Value("${portal.demo.assessments:2000}") int assessments, @Value("${portal.demo.seed:20261125}") long seed) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
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
        // Figures a first visitor saw while the load ran are stale now.
        events.publishEvent(RegisterChanged.many());
        log.info("Demo register loaded: {} assessments in {} ms", assessments,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private static RegisterWriter.Prepared take(BlockingQueue<RegisterWriter.Prepared> queue, Future<?> producer) {
        try {
            while (true) {
                RegisterWriter.Prepared next = queue.poll(1, TimeUnit.SECONDS);
                if (next != null) {
                    return next;
                }
                if (producer.isDone()) {
                    producer.get();
                    throw new IllegalStateException("The demo generator stopped early");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the demo register", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The demo generator failed", e.getCause());
        }
    }

    /**
     * Writes {@code count} generated assessments and their organisations into an empty register, committing every
     * {@link #BATCH}. The register's secondary indexes are dropped for the load and built again afterwards, from the
     * migration's own statements: one sorted build per index instead of a million random inserts.
     */
    static void load(DataSource dataSource, int count, long seed, LocalDate today) throws SQLException {
        DemoRegisterGenerator generator = new DemoRegisterGenerator(seed, today, count);
        try (Connection connection = dataSource.getConnection()) {
            List<RegisterIndexes.Index> indexes = RegisterIndexes.fromMigration(SqlDialect.of(connection));
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            BulkLoadSettings settings = BulkLoadSettings.apply(connection);
            RegisterIndexes.drop(connection, indexes);
            try (RegisterWriter writer = new RegisterWriter(connection)) {
                for (var organisation : generator.organisations()) {
                    writer.organisation(organisation);
                }
                writer.flush();
                // Generation runs on a second thread, so that the writing thread only writes.
                BlockingQueue<RegisterWriter.Prepared> queue = new ArrayBlockingQueue<>(8_192);
                Future<?> producer = GENERATOR.submit(() -> {
                    for (int i = 0; i < count; i++) {
                        queue.put(RegisterWriter.prepare(generator.next()));
                    }
                    return null;
                });
                try {
                    writeAll(writer, connection, count, queue, producer);
                } finally {
                    producer.cancel(true);
                }
                writer.flush();
                CaseNumbers.continueAfterRegister(connection);
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

    private static void writeAll(RegisterWriter writer, Connection connection, int count,
            BlockingQueue<RegisterWriter.Prepared> queue, Future<?> producer) throws SQLException {
        for (int i = 1; i <= count; i++) {
            writer.assessment(take(queue, producer));
            if (i % BATCH == 0) {
                writer.flush();
                connection.commit();
            }
            if (i % 100_000 == 0) {
                log.info("Demo register: {} of {} assessments written", i, count);
            }
        }
    }
}
