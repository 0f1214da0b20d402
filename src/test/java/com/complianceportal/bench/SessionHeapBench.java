package com.complianceportal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code scripts/session-heap.sh} (real Chromium sessions against the packaged portal, class histograms after
 * full GC) and reads its three figures: heap per session with tabs open, after they closed, and cold start.
 */
final class SessionHeapBench {

    private static final String SCRIPT = "scripts/session-heap.sh";
    /** A figure the script prints, its goal, and the line it prints it on. */
    private record Figure(String name, Figures.Goal goal, Pattern line) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("heap per live session, register open (tabs open)", new Figures.Goal("<= 60 KB", 60, "KB"),
                    Pattern.compile("heap per session \\(tabs open\\): (-?[\\d.]+) KB")),
            new Figure("heap per session after the tab is closed", new Figures.Goal("<= 6 KB", 6, "KB"),
                    Pattern.compile("heap per session \\(tabs closed\\): (-?[\\d.]+) KB")),
            new Figure("cold start to the login page served", new Figures.Goal("<= 5 s", 5, "s"),
                    Pattern.compile("cold start to login: (?:[\\d.]+ / )?([\\d.]+)(?: / [\\d.]+)? s")));

    private SessionHeapBench() {
    }

    static void run(Path project, boolean quick, Figures figures, List<String> raw) {
        if (!Files.isExecutable(project.resolve(SCRIPT))) {
            FIGURES.forEach(f -> figures.notMeasured(f.name(), f.goal(), "not measured: " + SCRIPT + " missing"));
            raw.add(SCRIPT + " missing: heap per session and cold start not measured");
            return;
        }
        ChildRun run = ChildRun.of(project, Map.of("BENCH_QUICK", String.valueOf(quick)), SCRIPT);
        raw.add("$ " + SCRIPT + " (exit " + run.exitCode() + ")");
        raw.addAll(run.lines());
        for (Figure figure : FIGURES) {
            run.lines().stream().map(figure.line()::matcher).filter(Matcher::find).findFirst().ifPresentOrElse(
                    m -> figures.add(figure.name(), figure.goal(), Double.parseDouble(m.group(1))),
                    () -> figures.notMeasured(figure.name(), figure.goal(),
                            "not measured: " + SCRIPT + " printed no such line"));
        }
    }
}
