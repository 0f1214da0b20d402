package com.complianceportal.assessment.upstream;

import static com.complianceportal.assessment.upstream.UpstreamBenchmark.DELAY_MILLIS;
import static com.complianceportal.assessment.upstream.UpstreamBenchmark.RUNS;
import static com.complianceportal.assessment.upstream.UpstreamBenchmark.SECONDS;
import static com.complianceportal.assessment.upstream.UpstreamBenchmark.PART_WARM_UP;
import static com.complianceportal.assessment.upstream.UpstreamBenchmark.formatted;

import com.complianceportal.user.domain.Role;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The upstream benchmark's cases, run one call at a time and side by side, and the figures it prints of them. The
 * cases come in a fixed order: direct with the JDK's client, direct with Apache HttpClient as the portal's, the portal.
 */
final class BenchReport {

    /** One way of making the benchmark's search. */
    record Case(String name, UserLoad.Call call) {
    }

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final Pattern PRESSURE = Pattern.compile("some avg10=\\S+ avg60=(\\S+)");
    private static final int WARM_UP_USERS = 20;
    private static final String ROW = "%-46s %8.2f %8.2f %8.2f %8d";
    private static final String HEAD = "%-46s %8s %8s %8s %8s";

    private final BenchRise rise;
    private final UpstreamProperties settings;

    BenchReport(BenchRise rise, UpstreamProperties settings) {
        this.rise = rise;
        this.settings = settings;
    }

    void setting() {
        Runtime runtime = Runtime.getRuntime();
        print("Upstream benchmark: Rise's search stubbed by WireMock in the same JVM, on 127.0.0.1: a page of %d rows "
                + "(%,d bytes of JSON, total %,d) after a fixed delay of %d ms", BenchRise.ROWS, rise.pageBytes(),
                BenchRise.TOTAL, DELAY_MILLIS);
        print("Machine: %d cores, Java %s, max heap %,d MB; at the start: %s", runtime.availableProcessors(),
                Runtime.version(), runtime.maxMemory() >> 20, machineLoad());
        print("Portal: upstream mode, max-connections %d, max-concurrent-calls %d, cache-ttl %s. Each portal call "
                + "searches for a text of its own (\"bench <user> <n>\"): the per-user cache never answers in Rise's "
                + "place.", settings.maxConnections(), settings.maxConcurrentCalls(), settings.cacheTtl());
    }

    /**
     * Warm-up: {@value #WARM_UP_USERS} users side by side on each case for {@code warmUp}, so that the JIT has compiled
     * the portal's whole path (it takes some thousands of calls) before anything is measured.
     */
    void warmUp(List<String> users, List<Case> cases, Duration warmUp) throws Exception {
        long calls = 0;
        for (Case c : cases) {
            UserLoad.Outcome o = UserLoad.run(users.subList(0, Math.min(WARM_UP_USERS, users.size())), warmUp,
                    Duration.ZERO, c.call());
            calls += o.latencies().count() + o.failed();
        }
        print("%nWarm-up: %,d calls, %d users side by side for %d s on each case", calls,
                Math.min(WARM_UP_USERS, users.size()), warmUp.toSeconds());
    }

    /** (a) and (b): one user, one call at a time, the cases taking turns call by call. */
    void oneAtATime(String user, List<Case> cases) throws Exception {
        SecurityContextHolder.setContext(RiseStub.signedIn(user, Role.VIEWER));
        List<Latencies> times = new ArrayList<>();
        long[] cpu = new long[cases.size()];
        long[] threadCpu = new long[cases.size()];
        long[] allocated = new long[cases.size()];
        cases.forEach(c -> times.add(new Latencies()));
        long searchesBefore = rise.searches();
        for (int i = 0; i < RUNS; i++) {
            for (int c = 0; c < cases.size(); c++) {
                long cpuStart = PROCESS.getProcessCpuTime();
                long threadStart = THREADS.getCurrentThreadCpuTime();
                long allocatedStart = THREADS.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                cases.get(c).call().run(user, i);
                long took = System.nanoTime() - start;
                times.get(c).add(took);
                threadCpu[c] += THREADS.getCurrentThreadCpuTime() - threadStart;
                allocated[c] += THREADS.getCurrentThreadAllocatedBytes() - allocatedStart;
                cpu[c] += PROCESS.getProcessCpuTime() - cpuStart;
            }
        }
        long answered = rise.searches() - searchesBefore;
        SecurityContextHolder.clearContext();
        print("%n(a), (b) One user, one call at a time: %d runs, the three calls taking turns", RUNS);
        print(HEAD + " %12s %12s %10s", "call", "p50 ms", "p95 ms", "max ms", "runs", "CPU ms/call", "caller's CPU",
                "caller KB");
        for (int c = 0; c < cases.size(); c++) {
            print(ROW + " %12.2f %12.2f %10.0f", cases.get(c).name(), times.get(c).p50(), times.get(c).p95(),
                    times.get(c).max(), times.get(c).count(), cpu[c] / 1e6 / RUNS, threadCpu[c] / 1e6 / RUNS,
                    allocated[c] / 1024.0 / RUNS);
        }
        Latencies portal = times.getLast();
        Latencies apache = times.get(1);
        print("p50(portal) / p50(direct, Apache HttpClient as the portal's): %.3f (goal <= 1.10); the portal's own "
                + "work at p50: %.2f ms", portal.p50() / apache.p50(), portal.p50() - apache.p50());
        print("p50(portal) / p50(direct, JDK HttpClient): %.3f", portal.p50() / times.getFirst().p50());
        print("CPU ms/call: the whole process's CPU time during the call (the stub's share, garbage collection and "
                + "the JDK client's own thread included); caller's CPU and KB: the calling thread's CPU time and the"
                + " memory it allocated");
        print("Searches the stub answered: %,d for %,d calls: no portal call was answered from the cache", answered,
                (long) cases.size() * RUNS);
    }

    void parts(Latencies key, Latencies read) {
        print("%nParts of one portal call, each measured alone (%d runs after %d warm-up runs)", RUNS, PART_WARM_UP);
        print(HEAD, "part", "p50 ms", "p95 ms", "max ms", "runs");
        print(ROW, "the user's key: user, key row, AES-GCM open", key.p50(), key.p95(), key.max(), key.count());
        print(ROW, formatted("the answer read: %,d bytes, %d rows", rise.pageBytes(), BenchRise.ROWS), read.p50(),
                read.p95(), read.max(), read.count());
    }

    /**
     * (c): every user on a thread of their own, each case in turn, first with no pause between a user's calls, then
     * with {@code pause}; the portal's Rise client is watched meanwhile.
     */
    void sideBySide(List<String> users, List<Case> cases, VendorClients clients, Duration pause) throws Exception {
        print("%n(c) %d users side by side for %d s per case, each on a thread of its own with its own key and "
                + "sign-in", users.size(), SECONDS);
        print(HEAD + " %8s %9s %12s %6s", "case", "p50 ms", "p95 ms", "max ms", "calls", "calls/s", "failures",
                "CPU ms/call", "cores");
        List<UserLoad.Outcome> outcomes = round(users, cases, clients, Duration.ZERO, "no pause between calls");
        UserLoad.Outcome portal = outcomes.getLast();
        List<UserLoad.Outcome> paced = round(users, cases, clients, pause,
                formatted("a pause of %d ms after each call", pause.toMillis()));
        print("(each case ran 2 s before it was measured; cores: the process's CPU time per second of the case)");
        double goal = 2.0 * DELAY_MILLIS;
        for (UserLoad.Outcome o : List.of(portal, paced.getLast())) {
            print("Goal p95(portal) <= %.0f ms (2 x the stub's delay), %s: %.2f ms, %s. Failures: %d.", goal,
                    o == portal ? "no pause" : "paced", o.latencies().p95(),
                    o.latencies().p95() <= goal ? "met" : "NOT met", o.failed());
        }
        print("p95(portal) / p95(direct, Apache HttpClient as the portal's) under the same load: %.3f no pause, "
                + "%.3f paced", portal.latencies().p95() / outcomes.get(1).latencies().p95(),
                paced.getLast().latencies().p95() / paced.get(1).latencies().p95());
        print("At the end: %s", machineLoad());
    }

    private List<UserLoad.Outcome> round(List<String> users, List<Case> cases, VendorClients clients,
            Duration pause, String title) throws Exception {
        print("-- %s", title);
        List<UserLoad.Outcome> outcomes = new ArrayList<>();
        String watched = "";
        boolean exhausted = false;
        for (Case c : cases) {
            UserLoad.run(users, Duration.ofSeconds(2), pause, c.call());
            if (c == cases.getLast()) {
                try (var watch = new UpstreamWatch(clients, settings)) {
                    outcomes.add(UserLoad.run(users, UpstreamBenchmark.duration(), pause, c.call()));
                    watched = watch.summary();
                    exhausted = watch.exhausted();
                }
            } else {
                outcomes.add(UserLoad.run(users, UpstreamBenchmark.duration(), pause, c.call()));
            }
            UserLoad.Outcome o = outcomes.getLast();
            print(ROW + " %8.0f %9d %12.2f %6.2f", c.name(), o.latencies().p50(), o.latencies().p95(),
                    o.latencies().max(), o.latencies().count(), o.callsPerSecond(), o.failed(), o.cpuMillisPerCall(),
                    o.coresBusy());
        }
        print("   portal's Rise client meanwhile: %s; pool exhausted or calls refused: %s", watched,
                exhausted ? "YES" : "no");
        outcomes.stream().filter(o -> !o.failures().isEmpty()).forEach(o -> print("   failures: %s", o.failures()));
        return outcomes;
    }

    /** The load average and Linux's CPU pressure: the share of time some task was ready to run but had no CPU. */
    static String machineLoad() {
        String pressure = "";
        try {
            Matcher matcher = PRESSURE.matcher(Files.readString(Path.of("/proc/pressure/cpu")));
            if (matcher.find()) {
                pressure = formatted(", CPU pressure %s %% (last 60 s: share of time a task waited for a CPU)",
                        matcher.group(1));
            }
        } catch (IOException | RuntimeException notLinux) {
            pressure = "";
        }
        return formatted("load average %.2f%s", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                pressure);
    }

    private static void print(String format, Object... values) {
        System.out.println(formatted(format, values));
        System.out.flush();
    }
}
