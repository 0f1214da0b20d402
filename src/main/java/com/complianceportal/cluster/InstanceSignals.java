package com.complianceportal.cluster;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyChanged;
import com.complianceportal.assessment.service.RegisterChanged;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Changes that other portal instances sharing the database keep in memory, passed on through the database. Every
 * register or API key change this instance publishes is written to {@code instance_signal} once it has committed; the
 * other instances' changes are read by {@link #poll()} (every {@code portal.cluster.signal-interval}) and published
 * here as events made elsewhere, so that the same caches drop the same entries. Signals carry the system clock's time
 * (every instance's clock, whatever clock the rest of the portal runs on). Internal: no user calls it.
 */
@Component
public class InstanceSignals {

    /** How far back each look reaches beyond the previous one: a change that committed late is still seen once. */
    static final Duration LOOK_BACK = Duration.ofSeconds(30);
    /** Signals older than this are deleted. */
    static final Duration KEPT = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(InstanceSignals.class);
    private static final String REGISTER = "REGISTER";
    private static final String API_KEY = "API_KEY";

    private final String instance = UUID.randomUUID().toString();
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    /** Signals written before this instance started concern caches it never had. */
    private final Instant startedAt = Instant.now();
    /** Signals already passed on (each is read by several looks, as they overlap). */
    private final Cache<Long, Boolean> handled = Caffeine.newBuilder().expireAfterWrite(LOOK_BACK.multipliedBy(4))
            .build();
    private @Nullable Instant lastLook;
    private Instant lastCleanUp = Instant.EPOCH;

    private record Signal(long id, String kind, @Nullable String subject, boolean created, @Nullable String detail,
            Instant signalledAt) {
    }

    InstanceSignals(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** This instance's name in the signals it writes. */
    String instance() {
        return instance;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void registerChanged(RegisterChanged change) {
        if (!change.elsewhere()) {
            write(REGISTER, change.assessmentId(), change.created(), null);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void keyChanged(ApiKeyChanged change) {
        if (!change.elsewhere()) {
            write(API_KEY, change.username(), false, change.upstream().name());
        }
    }

    private void write(String kind, @Nullable String subject, boolean created, @Nullable String detail) {
        try {
            jdbc.sql("INSERT INTO instance_signal (instance_id, kind, subject, created, detail, signalled_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(instance, kind, subject, created, detail, OffsetDateTime.ofInstant(Instant.now(),
                            ZoneOffset.UTC))
                    .update();
        } catch (DataAccessException failed) {
            // The change itself is saved; other instances see it when their caches expire or the next signal comes.
            log.warn("Could not signal a {} change to the other portal instances: {}", kind, failed.getMessage());
        }
    }

    /**
     * Publishes the changes other instances made since the previous look (with {@link #LOOK_BACK} of overlap); now
     * and then deletes old signals. Returns how many changes were passed on.
     */
    synchronized int poll() {
        Instant now = Instant.now();
        Instant since = (lastLook == null ? now : lastLook).minus(LOOK_BACK);
        List<Signal> signals = jdbc.sql("SELECT id, kind, subject, created, detail, signalled_at FROM instance_signal"
                + " WHERE signalled_at > ? AND instance_id <> ? ORDER BY id")
                .params(OffsetDateTime.ofInstant(since, ZoneOffset.UTC), instance)
                .query(InstanceSignals::signal).list();
        lastLook = now;
        int passed = 0;
        for (Signal signal : signals) {
            if (handled.asMap().putIfAbsent(signal.id(), Boolean.TRUE) == null
                    && !signal.signalledAt().isBefore(startedAt)) {
                event(signal).ifPresent(events::publishEvent);
                passed++;
            }
        }
        if (lastCleanUp.plus(Duration.ofHours(1)).isBefore(now)) {
            jdbc.sql("DELETE FROM instance_signal WHERE signalled_at < ?")
                    .param(OffsetDateTime.ofInstant(now.minus(KEPT), ZoneOffset.UTC)).update();
            lastCleanUp = now;
        }
        return passed;
    }

    private static Signal signal(ResultSet rs, int row) throws SQLException {
        return new Signal(rs.getLong("id"), rs.getString("kind"), rs.getString("subject"), rs.getBoolean("created"),
                rs.getString("detail"), rs.getObject("signalled_at", OffsetDateTime.class).toInstant());
    }

    private static Optional<Object> event(Signal signal) {
        return switch (signal.kind()) {
            case REGISTER -> Optional.of(new RegisterChanged(signal.subject(), signal.created() && signal.subject()
                    != null, true));
            case API_KEY -> upstream(signal.detail()).filter(upstream -> signal.subject() != null)
                    .map(upstream -> new ApiKeyChanged(signal.subject(), upstream, true));
            default -> Optional.empty();
        };
    }

    private static Optional<Upstream> upstream(@Nullable String name) {
        for (Upstream upstream : Upstream.values()) {
            if (upstream.name().equals(name)) {
                return Optional.of(upstream);
            }
        }
        return Optional.empty();
    }
}
