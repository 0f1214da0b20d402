package com.complianceportal.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What one load run measured: per step and over all requests the percentiles, the errors and their first reasons. */
record LoadReport(LoadSettings settings, Duration took, Recorder recorder, String machine) {

    LoadReport(LoadSettings settings, Duration took, Recorder recorder) {
        this(settings, took, recorder, "");
    }

    static final String ALL = "all requests";

    Map<String, Recorder.Summary> summaries() {
        return recorder.summaries(VirtualUser.STEPS);
    }

    Recorder.Summary overall() {
        return summaries().get(ALL);
    }

    long errors() {
        return recorder.errorCount();
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Load: %d users, ramp-up %d s, %d s more, think time %d-%d ms, took %d s,"
                + " %d flows done, %d errors", settings.users(), settings.rampUp().toSeconds(),
                settings.duration().toSeconds(), settings.think().least().toMillis(),
                settings.think().most().toMillis(), took.toSeconds(), recorder.flows(), errors()));
        lines.add(String.format("%-16s %9s %9s %9s %9s %9s %7s", "step", "requests", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "errors"));
        summaries().forEach((step, s) -> lines.add(String.format("%-16s %9d %9.1f %9.1f %9.1f %9.1f %7d", step,
                s.requests(), s.p50(), s.p95(), s.p99(), s.max(), s.errors())));
        recorder.reasons().forEach(reason -> lines.add("  error: " + reason));
        if (!machine.isEmpty()) {
            lines.add(machine);
        }
        return lines;
    }
}
