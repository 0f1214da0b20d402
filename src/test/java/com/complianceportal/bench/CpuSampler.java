package com.complianceportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU a process uses, from {@code /proc/<pid>/stat} every two seconds: the average since {@link #reset()} and the
 * busiest two seconds, in percent of one core (200 % is both cores of a two-core machine).
 */
public final class CpuSampler {

    private static final double TICKS_PER_SECOND = 100.0;
    private final Path stat;
    private final Thread sampler;
    private volatile long startTicks;
    private volatile long startNanos;
    private volatile double busiest;

    public CpuSampler(long pid) {
        this.stat = Path.of("/proc/" + pid + "/stat");
        reset();
        this.sampler = Thread.ofVirtual().start(this::sample);
    }

    /** Starts a new measurement: the average and the busiest interval from now on. */
    public void reset() {
        startTicks = ticks();
        startNanos = System.nanoTime();
        busiest = 0;
    }

    public double averagePercent() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds <= 0 ? 0 : (ticks() - startTicks) / TICKS_PER_SECOND / seconds * 100;
    }

    public double busiestPercent() {
        return busiest;
    }

    public void stop() {
        sampler.interrupt();
    }

    private void sample() {
        long lastTicks = ticks();
        long lastNanos = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
            long nowTicks = ticks();
            long nowNanos = System.nanoTime();
            double percent = (nowTicks - lastTicks) / TICKS_PER_SECOND / ((nowNanos - lastNanos) / 1e9) * 100;
            busiest = Math.max(busiest, percent);
            lastTicks = nowTicks;
            lastNanos = nowNanos;
        }
    }

    /** User plus system time in clock ticks (fields 14 and 15, counted after the command name's parenthesis). */
    private long ticks() {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
