package com.complianceportal.assessment.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.testsupport.MigrationDatabase;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After a change to the register, visitors get the figures counted before it, marked as being updated, without
 * waiting; one recount runs for all of them, and a change during a recount is followed by one more. Each count of the
 * whole register is held at its start until the test lets it go on, so nothing here depends on how fast it is.
 */
class DashboardRecountIT {

    private static final int VISITORS = 20;

    static MigrationDatabase database;
    static JdbcClient jdbc;

    /** Released as each count of the whole register starts, after it took its generation. */
    final Semaphore counting = new Semaphore(0);
    /** A count waits here until the test opens it. */
    volatile CountDownLatch held = new CountDownLatch(0);
    LocalDashboard dashboard;

    @BeforeAll
    static void load() throws Exception {
        database = new MigrationDatabase("dashboard-recount");
        database.migrateTo("latest");
        DemoRegister.load(database.dataSource(), 2_000, 13L, LocalDate.now(ZoneOffset.UTC));
        jdbc = database.jdbc();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void countedOnce() throws Exception {
        dashboard = new LocalDashboard(jdbc, Clock.systemUTC(), database::dialect, () -> {
            counting.release();
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        assertThat(dashboard.figures().updating()).isFalse();
        assertThat(dashboard.computations()).isEqualTo(1);
        counting.drainPermits();
    }

    @Test
    void after_a_change_visitors_get_the_previous_figures_marked_as_updating_while_one_recount_runs() throws Exception {
        DashboardSnapshot before = dashboard.figures();
        held = new CountDownLatch(1);
        complete(10);
        dashboard.changed();
        assertThat(counting.tryAcquire(30, TimeUnit.SECONDS)).as("the recount started").isTrue();

        for (DashboardSnapshot seen : visitAtOnce()) {
            assertThat(seen.updating()).isTrue();
            assertThat(seen.figures()).isEqualTo(before.figures());
            assertThat(seen.countedAt()).isEqualTo(before.countedAt());
        }
        assertThat(dashboard.computations()).as("one recount for every visitor").isEqualTo(2);

        held.countDown();
        DashboardSnapshot after = CurrentFigures.of(dashboard::figures);
        assertThat(after.figures()).isNotEqualTo(before.figures()).isEqualTo(countedNow());
        assertThat(after.figures().byStatus().get("Completed")).isEqualTo(jdbc.sql(
                "SELECT COUNT(*) FROM assessment WHERE status = 'Completed'").query(Long.class).single());
        assertThat(after.countedAt()).isAfterOrEqualTo(before.countedAt());
        assertThat(dashboard.computations()).isEqualTo(2);
    }

    @Test
    void a_change_during_a_recount_is_followed_by_one_more_recount_once_it_ends() throws Exception {
        held = new CountDownLatch(1);
        dashboard.changed();
        assertThat(counting.tryAcquire(30, TimeUnit.SECONDS)).as("the recount started").isTrue();
        complete(10);
        dashboard.changed();
        assertThat(dashboard.figures().updating()).isTrue();
        assertThat(dashboard.computations()).as("still the first recount").isEqualTo(2);

        held.countDown();
        DashboardSnapshot after = CurrentFigures.of(dashboard::figures);
        assertThat(dashboard.computations()).as("the first recount and one more").isEqualTo(3);
        assertThat(after.figures()).isEqualTo(countedNow());
    }

    @Test
    void a_create_while_the_figures_are_being_updated_is_counted_by_one_more_recount() throws Exception {
        long total = dashboard.figures().figures().total();
        held = new CountDownLatch(1);
        dashboard.changed();
        assertThat(counting.tryAcquire(30, TimeUnit.SECONDS)).as("the recount started").isTrue();
        create();
        dashboard.added();
        assertThat(dashboard.figures().updating()).isTrue();

        held.countDown();
        DashboardSnapshot after = CurrentFigures.of(dashboard::figures);
        assertThat(dashboard.computations()).as("the recount under way may have missed the row").isEqualTo(3);
        assertThat(after.figures().total()).isEqualTo(total + 1);
        assertThat(after.figures()).isEqualTo(countedNow());
    }

    /** {@link #VISITORS} threads ask at the same moment, while the recount is held: none may wait for it. */
    private List<DashboardSnapshot> visitAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(VISITORS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<DashboardSnapshot>> visits = new ArrayList<>();
            for (int i = 0; i < VISITORS; i++) {
                visits.add(pool.submit(() -> {
                    go.await();
                    return dashboard.figures();
                }));
            }
            go.countDown();
            List<DashboardSnapshot> seen = new ArrayList<>();
            for (Future<DashboardSnapshot> visit : visits) {
                // A visitor that waited for the held recount would never answer.
                seen.add(visit.get(30, TimeUnit.SECONDS));
            }
            return seen;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Marks {@code n} new assessments completed. */
    private static void complete(int n) {
        jdbc.sql("UPDATE assessment SET status = 'Completed' WHERE id IN (SELECT id FROM assessment WHERE status = 'New'"
                + " ORDER BY id LIMIT " + n + ")").update();
    }

    /** Writes a self-assessment of a site as a create does. */
    private static void create() throws Exception {
        var site = jdbc.sql("SELECT id, name FROM organisation WHERE org_type = 'Factory' ORDER BY id LIMIT 1")
                .query((rs, n) -> new LocalCatalogue.Entity(rs.getString("id"), "Factory",
                        new Organisation(rs.getString("id"), rs.getString("name"), null, "Factory"),
                        new Address(null, null, null, null, "DE"))).single();
        var template = new LocalCatalogue.Template("t", "Template", AssessmentVocabulary.TYPES.get(1),
                "Environmental Audit", null, "Workflow", false);
        var row = LocalRegisterRow.of(UUID.randomUUID().toString(), CaseNumbers.next(jdbc, database.dialect()), site,
                template, LocalWorkflow.start(template), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        try (Connection connection = database.dataSource().getConnection();
                RegisterWriter writer = new RegisterWriter(connection)) {
            writer.assessment(row);
        }
    }

    /** The figures of the register as it is, counted by a dashboard of its own. */
    private static DashboardFigures countedNow() {
        return new LocalDashboard(jdbc, Clock.systemUTC(), database::dialect).figures().figures();
    }
}
