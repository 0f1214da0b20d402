package com.complianceportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The machine a benchmark ran on, in one line: cores, memory, load average, Java, date. */
public final class Machine {

    private Machine() {
    }

    static String describe() {
        return String.format("%s UTC; %d cores, %s memory, load average %s; Java %s (%s)",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), memory(),
                loadAverage(), System.getProperty("java.version"), System.getProperty("java.vendor"));
    }

    public static String loadAverage() {
        String load = read("/proc/loadavg");
        String[] parts = load.split("\\s+");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "unknown";
    }

    private static String memory() {
        for (String line : read("/proc/meminfo").split("\n")) {
            if (line.startsWith("MemTotal:")) {
                long kb = Long.parseLong(line.replaceAll("\\D+", ""));
                return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
            }
        }
        return "unknown";
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
