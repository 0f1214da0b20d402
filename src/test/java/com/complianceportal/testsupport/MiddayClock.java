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
 * A ticking clock that starts at 12:00 UTC of today, so that a test which reckons "today" more than once never sees
 * the day change under it, whenever it runs. {@code @Import(MiddayClock.Config.class)} puts it in place of the
 * application's clock.
 */
public final class MiddayClock {

    private MiddayClock() {
    }

    /** Test configuration that replaces the application's clock with {@link #create()}. */
    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        Clock middayClock() {
            return create();
        }
    }

    public static Clock create() {
        Instant midday = LocalDate.now(ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC);
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), midday));
    }
}
