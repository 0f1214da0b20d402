package com.complianceportal.bench.load;

import com.complianceportal.bench.CpuSampler;
import com.complianceportal.bench.Figures;
import com.complianceportal.bench.GcLog;
import com.complianceportal.bench.Machine;
import com.complianceportal.bench.PortalUnderTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The load part of {@code ./portal bench-all}: one demo register prepared once, then for every user count and run a
 * freshly started packaged portal on a copy of it, the {@link LoadGenerator} on the same machine, and the portal's
 * CPU and GC over the run (after a warm-up of three rounds by ten users without think time that is not measured).
 * The first user count is held to the 200-user goals, the second to the 1,000-user goals.
 */
public final class LoadBench {

    /** How the load part runs: user counts, runs of each, timing, the register's size, the portal's JVM flags. */
    public record Options(List<Integer> users, int runs, Duration rampUp, Duration duration, int assessments,
            List<String> jvmArgs) {
    }

    private LoadBench() {
    }

    public static void run(Path project, Options options, Figures figures, List<String> raw)
            throws IOException, InterruptedException {
        Path work = project.resolve("target/bench-load");
        deleteTree(work);
        Path template = work.resolve("register");
        System.out.printf("Preparing a demo register of %,d assessments for the load runs%n", options.assessments());
        try (PortalUnderTest portal = PortalUnderTest.start(project, template, options.assessments(),
                options.jvmArgs(), work.resolve("prepare"))) {
            System.out.println("Prepared at " + portal.baseUrl());
        }
        for (int u = 0; u < options.users().size(); u++) {
            int users = options.users().get(u);
            for (int run = 1; run <= options.runs(); run++) {
                Path dir = work.resolve("users-" + users + "-run-" + run);
                PortalUnderTest.copy(template, dir.resolve("data"));
                try (PortalUnderTest portal = PortalUnderTest.start(project, dir.resolve("data"),
                        options.assessments(), options.jvmArgs(), dir)) {
                    LoadReport report = measure(portal, users, options);
                    raw.add(String.format("Load run %d of %d, %d users, register of %,d assessments:", run,
                            options.runs(), users, options.assessments()));
                    raw.addAll(report.lines());
                    record(figures, users, report);
                }
            }
        }
    }

    private static LoadReport measure(PortalUnderTest portal, int users, Options options) throws InterruptedException {
        LoadSettings settings = new LoadSettings(portal.baseUrl(), users, options.rampUp(), options.duration(),
                new ThinkTime(Duration.ofSeconds(3), Duration.ofSeconds(8)), "viewer", "viewer", "Textiles", 0);
        // The JIT's first minutes are not what users see on a server that runs all day: a few rounds before measuring.
        LoadGenerator.run(new LoadSettings(portal.baseUrl(), Math.min(users, 10), Duration.ZERO, Duration.ZERO,
                ThinkTime.NONE, "viewer", "viewer", "Textiles", 3));
        GcLog before = portal.gc();
        CpuSampler generator = new CpuSampler(ProcessHandle.current().pid());
        portal.cpu().reset();
        System.out.printf("Load: %d users against %s for %d s (after %d s ramp-up)%n", users, portal.baseUrl(),
                options.duration().toSeconds(), options.rampUp().toSeconds());
        LoadReport report = LoadGenerator.run(settings);
        String machine = String.format("portal CPU %.0f %% average, %.0f %% in the busiest 2 s (200 %% = 2 cores);"
                + " generator CPU %.0f %% average; load average after: %s; %s", portal.cpu().averagePercent(),
                portal.cpu().busiestPercent(), generator.averagePercent(),
                Machine.loadAverage(), portal.gc().since(before).describe());
        generator.stop();
        report.lines().forEach(System.out::println);
        System.out.println(machine);
        return new LoadReport(report.settings(), report.took(), report.recorder(), machine);
    }

    private static void record(Figures figures, int users, LoadReport report) {
        Recorder.Summary all = report.overall();
        String who = users + " virtual users";
        if (users <= 200) {
            figures.add(who + ": p95 over all requests", new Figures.Goal("<= 150 ms", 150, "ms"), all.p95());
            figures.add(who + ": p99 over all requests", new Figures.Goal("<= 400 ms", 400, "ms"), all.p99());
        } else {
            figures.add(who + ": p95 over all requests", new Figures.Goal("<= 300 ms", 300, "ms"), all.p95());
        }
        figures.add(who + ": errors", new Figures.Goal("0", 0, ""), report.errors());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
