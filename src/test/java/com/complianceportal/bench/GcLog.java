package com.complianceportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a {@code -Xlog:gc} file says: the heap after the fullest collection, the largest heap, pauses, full GCs. */
public record GcLog(long maxAfterMb, long maxHeapMb, int pauses, double pauseMs, double longestPauseMs, int fullGcs) {

    private static final Pattern PAUSE = Pattern.compile(
            "Pause (Young|Full|Remark|Cleanup)[^\\n]*?(\\d+)M->(\\d+)M\\((\\d+)M\\) ([\\d.]+)ms");

    static GcLog read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            return new GcLog(0, 0, 0, 0, 0, 0);
        }
        long maxAfter = 0;
        long maxHeap = 0;
        int pauses = 0;
        int full = 0;
        double total = 0;
        double longest = 0;
        Matcher m = PAUSE.matcher(text);
        while (m.find()) {
            pauses++;
            full += "Full".equals(m.group(1)) ? 1 : 0;
            maxAfter = Math.max(maxAfter, Long.parseLong(m.group(3)));
            maxHeap = Math.max(maxHeap, Long.parseLong(m.group(4)));
            double ms = Double.parseDouble(m.group(5));
            total += ms;
            longest = Math.max(longest, ms);
        }
        return new GcLog(maxAfter, maxHeap, pauses, total, longest, full);
    }

    /** The difference from an earlier reading of the same log: pauses and full GCs since then. */
    public GcLog since(GcLog before) {
        return new GcLog(maxAfterMb, maxHeapMb, pauses - before.pauses, pauseMs - before.pauseMs, longestPauseMs,
                fullGcs - before.fullGcs);
    }

    public String describe() {
        return String.format("heap after young or full GC at most %d MB of %d MB; %d GC pauses, %.0f ms in all,"
                + " longest %.0f ms, %d full", maxAfterMb, maxHeapMb, pauses, pauseMs, longestPauseMs, fullGcs);
    }
}
