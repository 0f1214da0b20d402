package com.complianceportal.assessment.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.assessment.domain.FilterOptions;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.service.RegisterChanged;
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
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard and the filter choices are read once for everyone and follow the register's changes. */
class RegisterCachesIT {

    static MigrationDatabase database;
    static DataSource dataSource;
    static JdbcClient jdbc;
    static LocalAssessmentSource source;

    @BeforeAll
    static void load() throws Exception {
        database = new MigrationDatabase("register-caches");
        database.migrateTo("latest");
        dataSource = database.dataSource();
        Clock clock = Clock.systemUTC();
        DemoRegister.load(dataSource, 2_000, 5L, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        jdbc = JdbcClient.create(dataSource);
        source = new LocalAssessmentSource(jdbc, new JdbcTemplate(dataSource), clock);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void concurrent_first_visitors_share_one_computation_of_the_dashboard() throws Exception {
        LocalAssessmentSource fresh = new LocalAssessmentSource(jdbc, new JdbcTemplate(dataSource), Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<DashboardSnapshot>> visits = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                visits.add(pool.submit(() -> {
                    start.await();
                    return fresh.dashboard();
                }));
            }
            start.countDown();
            DashboardSnapshot first = visits.getFirst().get();
            for (Future<DashboardSnapshot> visit : visits) {
                assertThat(visit.get().figures()).isSameAs(first.figures());
                assertThat(visit.get().updating()).as("no figures to show before: every visitor waits").isFalse();
            }
            assertThat(first.figures().total()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM assessment")
                    .query(Long.class).single());
        } finally {
            pool.shutdown();
        }
        assertThat(fresh.dashboardComputations()).isEqualTo(1);

        fresh.registerChanged(RegisterChanged.many());
        CurrentFigures.of(fresh::dashboard);
        assertThat(fresh.dashboardComputations()).as("counted again after a change").isEqualTo(2);
    }

    @Test
    void filter_choices_are_the_values_in_the_register_and_take_in_a_new_assessments_values() {
        source.registerChanged(RegisterChanged.many());
        FilterOptions options = source.capabilities().options();
        assertThat(options.countries().values()).isEqualTo(distinct("country"));
        assertThat(options.types().values()).isEqualTo(distinct("assessment_type"));
        assertThat(options.standards().values()).isEqualTo(distinct("standard_name"));
        assertThat(options.ratings().values()).isEqualTo(distinct("rating"));
        assertThat(options.capaStatuses().values()).isEqualTo(distinct("capa_status"));
        assertThat(source.capabilities()).as("shared until the register changes").isSameAs(source.capabilities());

        String id = jdbc.sql("SELECT id FROM assessment ORDER BY row_no LIMIT 1").query(String.class).single();
        jdbc.sql("UPDATE assessment SET country = 'ZZ', standard_name = 'A New Standard' WHERE id = ?").param(id)
                .update();
        source.registerChanged(new RegisterChanged(id));

        FilterOptions after = source.capabilities().options();
        assertThat(after.countries().values()).isEqualTo(distinct("country")).contains("ZZ");
        assertThat(after.standards().values()).isEqualTo(distinct("standard_name")).contains("A New Standard");
    }

    @Test
    void a_created_assessment_is_added_to_the_figures_without_counting_the_register_again() throws Exception {
        source.registerChanged(RegisterChanged.many());
        CurrentFigures.of(source::dashboard);
        int before = source.dashboardComputations();

        String id = create("ZZ");
        source.registerChanged(RegisterChanged.created(id));

        DashboardSnapshot updated = source.dashboard();
        DashboardFigures recounted = new LocalAssessmentSource(jdbc, new JdbcTemplate(dataSource), Clock.systemUTC())
                .dashboard().figures();
        assertThat(updated.updating()).isFalse();
        assertThat(updated.figures()).isEqualTo(recounted);
        assertThat(updated.figures().byStatus().get("New")).isEqualTo(recounted.byStatus().get("New"));
        assertThat(source.dashboardComputations()).isEqualTo(before);
        assertThat(source.capabilities().options().countries().values()).contains("ZZ")
                .isEqualTo(distinct("country"));

        // A row written without an event is taken in with the next create: every row after the counted ones is added.
        create("ZY");
        String second = create("ZX");
        source.registerChanged(RegisterChanged.created(second));
        assertThat(source.dashboard().figures()).isEqualTo(new LocalAssessmentSource(jdbc,
                new JdbcTemplate(dataSource), Clock.systemUTC()).dashboard().figures());
        assertThat(source.dashboardComputations()).isEqualTo(before);

        // Any other change counts the register again.
        jdbc.sql("UPDATE assessment SET status = 'Completed' WHERE id = ?").param(second).update();
        source.registerChanged(new RegisterChanged(second));
        assertThat(CurrentFigures.of(source::dashboard).figures().byStatus().get("Completed")).isEqualTo(jdbc.sql(
                "SELECT COUNT(*) FROM assessment WHERE status = 'Completed'").query(Long.class).single());
        assertThat(source.dashboardComputations()).isEqualTo(before + 1);
    }

    /** Writes a self-assessment as a create does, for a site in {@code country}, and returns its id. */
    private static String create(String country) throws Exception {
        var site = jdbc.sql("SELECT id, name FROM organisation WHERE org_type = 'Factory' ORDER BY id LIMIT 1")
                .query((rs, n) -> new LocalCatalogue.Entity(rs.getString("id"), "Factory",
                        new Organisation(rs.getString("id"), rs.getString("name"), null, "Factory"),
                        new Address(null, null, null, null, country))).single();
        var template = new LocalCatalogue.Template("t", "Template", AssessmentVocabulary.TYPES.get(1),
                "Environmental Audit", null, "Workflow", false);
        String id = UUID.randomUUID().toString();
        var row = LocalRegisterRow.of(id, CaseNumbers.next(jdbc, database.dialect()), site, template, LocalWorkflow.start(template),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        try (Connection connection = dataSource.getConnection();
                RegisterWriter writer = new RegisterWriter(connection)) {
            writer.assessment(row);
        }
        return id;
    }

    private static List<String> distinct(String column) {
        return jdbc.sql("SELECT DISTINCT " + column + " FROM assessment WHERE " + column + " IS NOT NULL ORDER BY "
                + column).query(String.class).list();
    }
}
