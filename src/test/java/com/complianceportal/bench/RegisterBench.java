package com.complianceportal.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code ./portal bench} (register pages and dashboard over a freshly loaded register) and reads its figures:
 * the load time and, from every table it prints, the p95 of each case by the table's own column names, so that new
 * cases and tables count without a change here.
 */
final class RegisterBench {

    private static final Pattern LOADED = Pattern.compile("Loaded ([\\d,]+) assessments.* in ([\\d.]+) s");
    private static final Figures.Goal PAGE = new Figures.Goal("<= 20 ms", 20, "ms");
    private static final Figures.Goal DASHBOARD = new Figures.Goal("<= 200 ms", 200, "ms");
    private static final Figures.Goal LOAD = new Figures.Goal("<= 90 s", 90, "s");
    /** The row of the time from a bulk change until the dashboard's figures are current again. */
    private static final String CURRENT_AGAIN = "dashboard current again after a bulk change";
    private static final Figures.Goal UPDATING = new Figures.Goal("shown", Double.POSITIVE_INFINITY, "ms");
    private static final Figures.Goal ONCE = new Figures.Goal("1", 1, "");

    private RegisterBench() {
    }

    static void run(Path project, int assessments, Figures figures, List<String> raw) {
        String loadFigure = String.format("%,d demo assessments loaded", assessments);
        ChildRun bench = ChildRun.of(project, Map.of(), "./portal", "bench", "-Dassessments=" + assessments);
        raw.add("$ ./portal bench -Dassessments=" + assessments + " (exit " + bench.exitCode() + ")");
        raw.addAll(bench.lines());
        if (bench.exitCode() != 0) {
            figures.notMeasured(loadFigure, LOAD, "not measured: ./portal bench failed");
            return;
        }
        read(bench.lines(), loadFigure, figures);
    }

    /** Reads the load time and every case's p95 from the benchmark's output. */
    static void read(List<String> output, String loadFigure, Figures figures) {
        List<String> header = List.of();
        for (String line : output) {
            Matcher loaded = LOADED.matcher(line);
            if (loaded.find()) {
                figures.add(loadFigure, LOAD, Double.parseDouble(loaded.group(2)));
                continue;
            }
            List<String> cells = Arrays.stream(line.trim().split("\\s{2,}")).toList();
            if (line.contains("p95")) {
                header = cells;
                continue;
            }
            int p95 = indexOf(header, "p95");
            if (p95 > 0 && cells.size() == header.size() && cells.get(p95).matches("[\\d.]+")) {
                String name = cells.getFirst();
                if (name.contains(CURRENT_AGAIN)) {
                    // Not a wait of anyone: how long visitors see figures marked as being updated, and how often the
                    // whole register was counted for it (goal: once).
                    figures.add(name, UPDATING, Double.parseDouble(cells.get(p95)));
                    int rows = indexOf(header, "rows");
                    if (rows > 0) {
                        figures.add("dashboard full counts after a bulk change", ONCE,
                                Double.parseDouble(cells.get(rows).replace(",", "")));
                    }
                    continue;
                }
                boolean dashboard = name.toLowerCase().contains("dashboard");
                figures.add((dashboard ? "dashboard p95: " : "register page p95: ") + name,
                        dashboard ? DASHBOARD : PAGE, Double.parseDouble(cells.get(p95)));
            }
        }
    }

    private static int indexOf(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).contains(column)) {
                return i;
            }
        }
        return -1;
    }
}
