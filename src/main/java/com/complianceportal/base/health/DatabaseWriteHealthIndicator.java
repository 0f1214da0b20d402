package com.complianceportal.base.health;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Health is DOWN when the database cannot be written: a database that still answers reads but refuses every write
 * signs nobody in. Rewrites the one row of {@code health_probe}, in a transaction of its own.
 */
@Component("databaseWrite")
class DatabaseWriteHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWriteHealthIndicator.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DatabaseWriteHealthIndicator(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public Health health() {
        try {
            Integer written = transaction.execute(status -> jdbc.update(
                    "UPDATE health_probe SET checked_at = ? WHERE id = 1", OffsetDateTime.now(clock)));
            return written != null && written == 1 ? Health.up().build()
                    : Health.down().withDetail("reason", "health probe row missing").build();
        } catch (DataAccessException | TransactionException e) {
            log.warn("The database cannot be written: {}", e.getMostSpecificCause().getMessage());
            return Health.down(e).build();
        }
    }
}
