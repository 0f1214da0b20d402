package com.complianceportal.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A ticking clock that starts at 20:00 UTC today. The demo register dates its rows up to noon of the clock's day, so
 * with this clock anything created during a test is newer than every demo row, whatever the real time of day.
 */
public final class EveningClock {

    private EveningClock() {
    }

    public static Clock create() {
        Instant evening = LocalDate.now(ZoneOffset.UTC).atTime(20, 0).toInstant(ZoneOffset.UTC);
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), evening));
    }
}
