package com.complianceportal.assessment.upstream;

import java.util.Arrays;
import java.util.List;

/** The durations of one measured case, in nanoseconds, and the percentiles printed for it. Not thread-safe. */
final class Latencies {

    private long[] nanos = new long[1_024];
    private int count;

    void add(long duration) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = duration;
    }

    static Latencies merge(List<Latencies> parts) {
        var all = new Latencies();
        parts.forEach(part -> {
            for (int i = 0; i < part.count; i++) {
                all.add(part.nanos[i]);
            }
        });
        return all;
    }

    int count() {
        return count;
    }

    /** The nearest-rank percentile in milliseconds, {@code quantile} from 0 to 1. */
    double millis(double quantile) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = Math.max(1, (int) Math.ceil(quantile * count));
        return sorted[rank - 1] / 1e6;
    }

    double p50() {
        return millis(0.50);
    }

    double p95() {
        return millis(0.95);
    }

    double max() {
        return millis(1.0);
    }
}
