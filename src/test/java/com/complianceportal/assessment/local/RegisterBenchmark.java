package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Seeds a fresh H2 file database with {@code -Dassessments} (default 1,000,000) demo assessments and prints the
 * p50/p95 server time of one register page (50 rows) for the cases the register must serve fast.
 * Run with {@code ./portal bench} (see README, "Benchmark"); {@code -Dreuse=true} measures an existing benchmark
 * database again without loading it. Not a test: it prints figures.
 */
public final class RegisterBenchmark {

    private static final int PAGE = 50;
    private static final int WARM_UP = 30;
    private static final int RUNS = 200;
    /** A slow case stops after this long (and at least 20 runs); the printed run count says how many it made. */
    private static final int MAX_SECONDS_PER_CASE = 20;

    public static void main(String[] args) throws Exception {
        int assessments = Integer.getInteger("assessments", 1_000_000);
        Path dir = Path.of("target", "benchmark-db");
        boolean reuse = Boolean.getBoolean("reuse") && Files.exists(dir.resolve("portal.mv.db"));
        if (!reuse) {
            FileSystemUtils.deleteRecursively(dir);
            Files.createDirectories(dir);
        }
        try (HikariDataSource dataSource = new HikariDataSource()) {
            // No query cache: every call is measured, not the reuse of the previous identical result.
            dataSource.setJdbcUrl("jdbc:h2:file:" + dir.toAbsolutePath().resolve("portal") + ";QUERY_CACHE_SIZE=0");
            dataSource.setUsername("portal");
            dataSource.setPassword("");
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            Clock clock = Clock.systemUTC();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            if (reuse) {
                System.out.printf(Locale.ROOT, "Reusing the register in %s: %,d assessments%n", dir,
                        jdbc.sql("SELECT COUNT(*) FROM assessment").query(Long.class).single());
            } else {
                long start = System.nanoTime();
                DemoRegister.load(dataSource, assessments, 20261125L, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
                System.out.printf(Locale.ROOT, "Loaded %,d assessments (with index builds) in %.1f s%n", assessments,
                        (System.nanoTime() - start) / 1e9);
            }
            jdbc.sql("ANALYZE").update();
            LocalAssessmentSource source = new LocalAssessmentSource(jdbc, new JdbcTemplate(dataSource), clock);
            String country = jdbc.sql("SELECT country FROM assessment GROUP BY country ORDER BY COUNT(*) DESC LIMIT 1")
                    .query(String.class).single();
            String word = jdbc.sql("SELECT name FROM organisation WHERE org_type = 'Factory' ORDER BY id LIMIT 1")
                    .query(String.class).single().replaceAll("^(\\S+ \\S+).*", "$1");
            String caseId = jdbc.sql("SELECT case_id FROM assessment ORDER BY id LIMIT 1").query(String.class).single();
            List<AssessmentSort> none = List.of();
            AssessmentFilter statusCountry = AssessmentFilter.NONE.withStatuses(Set.of("Submitted")).withCountry(country);
            System.out.printf(Locale.ROOT, "%-44s %10s %10s %10s %12s %6s%n", "Page of 50 rows", "first ms", "p50 ms",
                    "p95 ms", "rows", "runs");
            measure("first page (newest first)",
                    () -> source.search(AssessmentFilter.NONE, none, 0, PAGE).rows().size());
            measure("page at offset 900,000", () -> source.search(AssessmentFilter.NONE, none,
                    Math.max(0, Math.min(900_000, assessments - PAGE)), PAGE).rows().size());
            measure("sorted by due date", () -> source.search(AssessmentFilter.NONE,
                    List.of(new AssessmentSort(AssessmentSort.Field.DUE_DATE, false)), 0, PAGE).rows().size());
            measure("filtered by status Submitted + country " + country,
                    () -> source.search(statusCountry, none, 0, PAGE).rows().size());
            measure("free-text search \"" + word + "\"",
                    () -> source.search(AssessmentFilter.NONE.withText(word), none, 0, PAGE).rows().size());
            measure("free-text search \"textiles\" (broad)",
                    () -> source.search(AssessmentFilter.NONE.withText("textiles"), none, 0, PAGE).rows().size());
            measure("free-text search case id " + caseId,
                    () -> source.search(AssessmentFilter.NONE.withText(caseId), none, 0, PAGE).rows().size());
            System.out.printf(Locale.ROOT, "%nOther calls%n");
            measure("count: all", () -> (int) source.count(AssessmentFilter.NONE));
            measure("count: status Submitted + country " + country, () -> (int) source.count(statusCountry));
            measure("count: free-text \"" + word + "\"", () -> (int) source.count(AssessmentFilter.NONE.withText(word)));
            long dashboardStart = System.nanoTime();
            source.dashboard();
            System.out.printf(Locale.ROOT, "%-44s %10.2f%n", "dashboard figures (one call)", (System.nanoTime() - dashboardStart) / 1e6);
        }
    }

    private static void measure(String name, Supplier<Integer> call) {
        System.gc();
        long coldStart = System.nanoTime();
        int rows = call.get();
        double cold = (System.nanoTime() - coldStart) / 1e6;
        for (int i = 0; i < (cold > 200 ? 3 : WARM_UP); i++) {
            rows = call.get();
        }
        long[] all = new long[RUNS];
        int runs = 0;
        long deadline = System.nanoTime() + MAX_SECONDS_PER_CASE * 1_000_000_000L;
        while (runs < RUNS && (runs < 20 || System.nanoTime() < deadline)) {
            long start = System.nanoTime();
            rows = call.get();
            all[runs++] = System.nanoTime() - start;
        }
        long[] nanos = Arrays.copyOf(all, runs);
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-44s %10.2f %10.2f %10.2f %,12d %6d%n", name, cold, nanos[runs / 2] / 1e6,
                nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6, rows, runs);
        System.out.flush();
    }

    private RegisterBenchmark() {
    }
}
