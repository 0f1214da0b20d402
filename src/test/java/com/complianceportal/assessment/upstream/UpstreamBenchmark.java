package com.complianceportal.assessment.upstream;

import com.complianceportal.Application;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeys;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.user.domain.Role;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How much the portal's upstream layer adds to Rise's own answer time. A WireMock stand-in for Rise's search answers
 * a page of 50 rows after a fixed delay (20 ms); the same search is timed as a plain HTTP call (the JDK's client, and
 * Apache HttpClient pooled as the portal's) and through the portal (AssessmentService in upstream mode: the user's
 * key looked up and decrypted, the request built and sent over the pooled client with its limits, the answer read
 * into register rows). First one call at a time, then 50 users side by side, each with a key of their own, calling
 * without a pause and then paced. Every portal call searches for a text of its own, so the per-user cache never
 * answers in Rise's place. Run with {@code ./portal bench-upstream} (README, "Upstream benchmark"); {@code -Dusers},
 * {@code -Dseconds}, {@code -Druns}, {@code -Dwarmup}, {@code -Ddelay} (ms) and {@code -Dpause} (ms, the paced
 * round's pause after each call) change the defaults 50 users, 20 s per case side by side, 500 runs one at a time,
 * 10 s of warm-up per case, 20 ms and 200 ms. Not a test: it prints figures.
 */
public final class UpstreamBenchmark {

    static final int USERS = Integer.getInteger("users", 50);
    static final int SECONDS = Integer.getInteger("seconds", 20);
    static final int RUNS = Integer.getInteger("runs", 500);
    static final int WARM_UP_SECONDS = Integer.getInteger("warmup", 10);
    static final int PART_WARM_UP = 2_000;
    static final int DELAY_MILLIS = Integer.getInteger("delay", 20);
    static final int PAUSE_MILLIS = Integer.getInteger("pause", 200);
    private static final List<AssessmentSort> NEWEST_FIRST = List.of(AssessmentSort.DEFAULT);

    private UpstreamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (var rise = new BenchRise(DELAY_MILLIS); var context = portal(rise)) {
            List<String> users = BenchUsers.create(context, USERS);
            var settings = context.getBean(UpstreamProperties.class);
            AssessmentService assessments = context.getBean(AssessmentService.class);
            try (var direct = new BenchDirect(rise.baseUrl(), settings)) {
                // A number of its own for every call of the run, warm-up included: no search text comes twice.
                var serial = new AtomicLong();
                var calls = List.<BenchReport.Case>of(
                        new BenchReport.Case("direct: JDK HttpClient",
                                (user, n) -> direct.jdk(BenchUsers.key(user), user + " " + serial.incrementAndGet())),
                        new BenchReport.Case("direct: Apache HttpClient 5 as the portal's",
                                (user, n) -> direct.apache(BenchUsers.key(user), user + " " + serial.incrementAndGet())),
                        new BenchReport.Case("portal: AssessmentService.search",
                                (user, n) -> check(assessments.search(AssessmentFilter.NONE.withText(
                                        "bench " + user + " " + serial.incrementAndGet()), NEWEST_FIRST, 0,
                                        BenchRise.ROWS))));
                var report = new BenchReport(rise, settings);
                report.setting();
                report.warmUp(users, calls, Duration.ofSeconds(WARM_UP_SECONDS));
                report.oneAtATime(users.getFirst(), calls);
                parts(report, context, users.getFirst());
                report.sideBySide(users, calls, context.getBean(VendorClients.class),
                        Duration.ofMillis(PAUSE_MILLIS));
            }
        }
    }

    /** What one portal call spends besides the vendor: the user's key, and reading the answer into rows. */
    private static void parts(BenchReport report, ConfigurableApplicationContext context, String user) {
        SecurityContextHolder.setContext(RiseStub.signedIn(user, Role.VIEWER));
        ApiKeys keys = context.getBean(ApiKeys.class);
        String page = BenchRise.page();
        var key = new Latencies();
        var read = new Latencies();
        for (int i = 0; i < PART_WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            keys.forCurrentUser(Upstream.RISE).orElseThrow();
            long between = System.nanoTime();
            check(RiseRows.page(Json.parse(page), 0));
            long end = System.nanoTime();
            if (i >= PART_WARM_UP) {
                key.add(between - start);
                read.add(end - between);
            }
        }
        SecurityContextHolder.clearContext();
        report.parts(key, read);
    }

    /** The portal in upstream mode against the stub, on a free port; arguments outrank the tests' configuration. */
    private static ConfigurableApplicationContext portal(BenchRise rise) {
        return new SpringApplicationBuilder(Application.class).logStartupInfo(false)
                .run("--spring.profiles.active=demo",
                        "--portal.source=upstream",
                        "--portal.upstream.rise.base-url=" + rise.baseUrl(),
                        "--portal.upstream.maxsight.base-url=" + rise.baseUrl() + "/v5",
                        "--portal.data-dir=target/bench-upstream",
                        "--server.port=0",
                        "--vaadin.productionMode=true",
                        "--spring.datasource.url=jdbc:h2:mem:bench-upstream;DB_CLOSE_DELAY=-1",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
    }

    private static void check(AssessmentPage page) {
        if (page.rows().size() != BenchRise.ROWS || page.total() != BenchRise.TOTAL) {
            throw new IllegalStateException("Unexpected page: " + page.rows().size() + " rows of " + page.total());
        }
    }

    static String formatted(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }

    static Duration duration() {
        return Duration.ofSeconds(SECONDS);
    }
}
