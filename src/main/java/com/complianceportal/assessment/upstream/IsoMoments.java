package com.complianceportal.assessment.upstream;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The moments vendors write most, read without a {@link java.time.format.DateTimeFormatter}: a search page of Rise
 * holds some 500 of them, and the formatter's optional parts (it copies its state for each) made reading them most of
 * a page's reading time. Reads {@code yyyy-MM-dd} and {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]} with {@code Z},
 * {@code ±HH:MM}, {@code ±HHMM} or no offset (UTC); anything else is not read here (null), and {@link Json} then
 * tries its formatter, which has the last word.
 */
final class IsoMoments {

    private IsoMoments() {
    }

    /** The moment, or null when {@code text} is not one of the common forms or not a valid moment. */
    static @Nullable OffsetDateTime parse(String text) {
        try {
            return read(text);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    private static @Nullable OffsetDateTime read(String text) {
        int length = text.length();
        if (length < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        if ((year | month | day) < 0) {
            return null;
        }
        if (length == 10) {
            return LocalDate.of(year, month, day).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        if (length < 16 || text.charAt(10) != 'T' || text.charAt(13) != ':') {
            return null;
        }
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int at = 16;
        int second = 0;
        int nanos = 0;
        if (at < length && text.charAt(at) == ':') {
            second = digits(text, at + 1, 2);
            at += 3;
            if (at < length && text.charAt(at) == '.') {
                int end = at + 1;
                while (end < length && end - at <= 9 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                    end++;
                }
                if (end == at + 1) {
                    return null;
                }
                nanos = digits(text, at + 1, end - at - 1);
                for (int i = end - at - 1; i < 9; i++) {
                    nanos *= 10;
                }
                at = end;
            }
        }
        ZoneOffset offset = offset(text, at);
        if ((hour | minute | second | nanos) < 0 || offset == null) {
            return null;
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    }

    /** {@code Z}, {@code ±HH:MM}, {@code ±HHMM} or nothing (UTC) from {@code at} to the end; else null. */
    private static @Nullable ZoneOffset offset(String text, int at) {
        int rest = text.length() - at;
        if (rest == 0 || rest == 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = rest == 6 || rest == 5 ? text.charAt(at) : ' ';
        if (sign != '+' && sign != '-' || rest == 6 && text.charAt(at + 3) != ':') {
            return null;
        }
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + (rest == 6 ? 4 : 3), 2);
        if ((hours | minutes) < 0 || minutes > 59) {
            return null;
        }
        return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
                : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    }

    /** The number written with {@code count} ASCII digits from {@code from}, or -1. */
    private static int digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
