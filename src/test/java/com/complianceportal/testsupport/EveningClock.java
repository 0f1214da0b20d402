package com.complianceportal.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A ticking clock that starts at 20:00 UTC today (or now, if that is later), after every demo row's time, so that
 * anything a test creates heads the register whatever the real time of day. {@code @Import(EveningClock.Config.class)}
 * puts it in place of the application's clock.
 */
public final class EveningClock {

    private EveningClock() {
    }

    /** Test configuration that replaces the application's clock with {@link #create()}. */
    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        Clock eveningClock() {
            return create();
        }
    }

    /**
     * After 20:00 UTC it is the real clock: rows that other contexts (same in-memory database, real clock) made a
     * moment ago must not be later than what this clock's tests create.
     */
    public static Clock create() {
        Instant now = Instant.now();
        Instant evening = LocalDate.now(ZoneOffset.UTC).atTime(20, 0).toInstant(ZoneOffset.UTC);
        return Clock.offset(Clock.systemUTC(), evening.isAfter(now) ? Duration.between(now, evening) : Duration.ZERO);
    }
}
