package com.complianceportal.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure of the goals table with its goal and the values of each run, printed as one table with min, median
 * and max (the goal is checked against the median), or why it was not measured.
 */
public final class Figures {

    /** A figure's goal: the most it may be ({@code atMost}, infinite for a figure only shown), in its unit. */
    public record Goal(String text, double atMost, String unit) {
    }

    private final Map<String, Goal> goals = new LinkedHashMap<>();
    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private final Map<String, String> missing = new LinkedHashMap<>();

    public void add(String figure, Goal goal, double value) {
        goals.putIfAbsent(figure, goal);
        values.computeIfAbsent(figure, f -> new ArrayList<>()).add(value);
    }

    public void notMeasured(String figure, Goal goal, String why) {
        goals.putIfAbsent(figure, goal);
        if (!values.containsKey(figure)) {
            missing.put(figure, why);
        }
    }

    /** The values measured for a figure, in the order of the runs. */
    List<Double> values(String figure) {
        return values.getOrDefault(figure, List.of());
    }

    List<String> table() {
        List<String> lines = new ArrayList<>();
        String format = "%-72s %-10s %10s %10s %10s %-5s %s";
        lines.add(String.format(format, "figure", "goal", "min", "median", "max", "runs", "met"));
        goals.forEach((figure, goal) -> {
            List<Double> runs = values.getOrDefault(figure, List.of());
            if (runs.isEmpty()) {
                lines.add(String.format(format, figure, goal.text(), "-", "-", "-", "0",
                        missing.getOrDefault(figure, "not measured")));
                return;
            }
            List<Double> sorted = runs.stream().sorted().toList();
            double median = sorted.get(sorted.size() / 2);
            lines.add(String.format(format, figure, goal.text(), number(sorted.getFirst(), goal.unit()),
                    number(median, goal.unit()), number(sorted.getLast(), goal.unit()), sorted.size(),
                    Double.isInfinite(goal.atMost()) ? "-" : median <= goal.atMost() ? "yes" : "NO"));
        });
        return lines;
    }

    private static String number(double value, String unit) {
        return (value == Math.rint(value) && Math.abs(value) < 1e9 ? String.format("%.0f", value)
                : String.format("%.1f", value)) + " " + unit;
    }
}
