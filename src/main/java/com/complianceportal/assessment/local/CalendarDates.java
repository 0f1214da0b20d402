package com.complianceportal.assessment.local;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Calendar dates in the register's timestamp columns: stored as the start of their day in UTC, read back as that day,
 * so that a due date is the same day for every reader whatever their time zone.
 */
final class CalendarDates {

    private CalendarDates() {
    }

    static @Nullable OffsetDateTime startOf(@Nullable LocalDate date) {
        return date == null ? null : date.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    static @Nullable LocalDate of(@Nullable OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    static @Nullable LocalDate read(ResultSet rs, String column) throws SQLException {
        return of(rs.getObject(column, OffsetDateTime.class));
    }

    /** A stored date: "2026-10-04", or a moment with offset from data written before dates were kept as dates. */
    static @Nullable LocalDate parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() == 10 ? LocalDate.parse(value) : of(OffsetDateTime.parse(value));
    }
}
