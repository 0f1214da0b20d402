package com.complianceportal.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Response times of every request by step of the flow, failed steps with their first reasons, completed flows. */
final class Recorder {

    private final Map<String, Queue<Long>> micros = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> reasons = new ConcurrentHashMap<>();
    private final AtomicLong flows = new AtomicLong();
    private volatile boolean recording = true;

    void request(String step, long nanos) {
        if (recording) {
            micros.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(nanos / 1_000);
        }
    }

    void error(String step, String reason) {
        if (!recording) {
            return;
        }
        errors.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
        String key = step + ": " + reason;
        if (reasons.size() < 20 || reasons.containsKey(key)) {
            reasons.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        }
    }

    void flowDone() {
        if (recording) {
            flows.incrementAndGet();
        }
    }

    /** Stops recording: what finishes after the run's end does not count. */
    void stop() {
        recording = false;
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long flows() {
        return flows.get();
    }

    /** The first twenty different reasons of failed steps, each with how often it occurred. */
    List<String> reasons() {
        return reasons.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
                .map(e -> e.getValue().get() + " x " + e.getKey()).toList();
    }

    /** Percentiles in ms per step, in the flow's order of first appearance by name, and "all requests" last. */
    Map<String, Summary> summaries(List<String> order) {
        Map<String, Summary> out = new TreeMap<>((a, b) -> Integer.compare(rank(order, a), rank(order, b)) != 0
                ? Integer.compare(rank(order, a), rank(order, b)) : a.compareTo(b));
        List<Long> all = new ArrayList<>();
        micros.forEach((step, values) -> {
            List<Long> sorted = new ArrayList<>(values);
            all.addAll(sorted);
            out.put(step, Summary.of(sorted, errors.getOrDefault(step, new AtomicLong()).get()));
        });
        errors.forEach((step, count) -> out.putIfAbsent(step, Summary.of(List.of(), count.get())));
        out.put(LoadReport.ALL, Summary.of(all, errorCount()));
        return out;
    }

    private static int rank(List<String> order, String step) {
        int index = order.indexOf(step);
        return index < 0 ? order.size() : index;
    }

    /** Requests, p50/p95/p99/max in milliseconds and errors of one step. */
    record Summary(int requests, double p50, double p95, double p99, double max, long errors) {

        static Summary of(List<Long> micros, long errors) {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            return new Summary(sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0, errors);
        }

        private static double pct(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1000.0;
        }
    }
}
