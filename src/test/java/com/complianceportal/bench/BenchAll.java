package com.complianceportal.bench;

import com.complianceportal.bench.load.LoadBench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./portal bench-all}: every figure of the performance goals in one run. It runs the register benchmark
 * ({@code ./portal bench}), the session heap script and the load generator at two user counts against freshly started
 * packaged portals, each {@code -Druns} times, prints one table with min, median and max, and writes it with the raw
 * output, the machine and the date to {@code benchmarks/results.txt} (overwritten). Options: {@code -Dquick=true}
 * (100,000 rows, one run, 20 and 100 users for 60 s), {@code -Druns}, {@code -Dparts=register,heap,load},
 * {@code -Dbench.assessments}, {@code -Dload.users=200,1000}, {@code -Dload.seconds}, {@code -Dload.rampUp},
 * {@code -Dload.assessments}, {@code -Dload.jvmArgs}.
 */
public final class BenchAll {

    private BenchAll() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path project = Path.of("").toAbsolutePath();
        boolean quick = Boolean.getBoolean("quick");
        int runs = Integer.getInteger("runs", quick ? 1 : 3);
        List<String> parts = Arrays.asList(System.getProperty("parts", "register,heap,load").split(","));
        String machine = Machine.describe();
        List<String> raw = new ArrayList<>();
        Figures figures = new Figures();
        System.out.println("Machine: " + machine);
        for (int run = 1; run <= runs; run++) {
            if (parts.contains("register")) {
                RegisterBench.run(project, Integer.getInteger("bench.assessments", quick ? 100_000 : 1_000_000),
                        figures, raw);
            }
            if (parts.contains("heap")) {
                SessionHeapBench.run(project, quick, figures, raw);
            }
        }
        if (parts.contains("load")) {
            LoadBench.run(project, loadOptions(quick, runs), figures, raw);
        }
        List<String> report = new ArrayList<>();
        report.add("./portal bench-all" + options() + " (runs: " + runs + ")");
        report.add("Machine: " + machine);
        report.add("Load average at the end: " + Machine.loadAverage());
        report.add("");
        report.addAll(figures.table());
        System.out.println();
        report.forEach(System.out::println);
        report.add("");
        report.add("Raw output:");
        report.addAll(raw);
        Path results = project.resolve("benchmarks/results.txt");
        Files.createDirectories(results.getParent());
        Files.write(results, report);
        System.out.println("Written to " + project.relativize(results));
    }

    /** The options this run was given, as they would be typed. */
    private static String options() {
        StringBuilder options = new StringBuilder();
        System.getProperties().stringPropertyNames().stream().sorted()
                .filter(key -> key.equals("quick") || key.equals("runs") || key.equals("parts")
                        || key.startsWith("load.") || key.startsWith("bench."))
                .forEach(key -> options.append(" -D").append(key).append('=').append(System.getProperty(key)));
        return options.toString();
    }

    private static LoadBench.Options loadOptions(boolean quick, int runs) {
        List<Integer> users = Arrays.stream(System.getProperty("load.users", quick ? "20,100" : "200,1000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        String jvmArgs = System.getProperty("load.jvmArgs", "").trim();
        return new LoadBench.Options(users, runs,
                Duration.ofSeconds(Integer.getInteger("load.rampUp", quick ? 20 : 60)),
                Duration.ofSeconds(Integer.getInteger("load.seconds", quick ? 60 : 180)),
                Integer.getInteger("load.assessments", quick ? 2_000 : 100_000),
                jvmArgs.isEmpty() ? List.of() : List.of(jvmArgs.split("\\s+")));
    }
}
