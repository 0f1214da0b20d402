package com.complianceportal.audit.domain;

import com.complianceportal.shared.db.SqlText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit log table: entries are appended, and read filtered, newest first, one query per page. There is no update
 * or delete here or anywhere else: the log is append-only from the application's side.
 */
@Repository
public class AuditEntries {

    private static final String COLUMNS = "id, occurred_at, username, action, target, detail, remote_address";
    private static final String NEWEST_FIRST = " ORDER BY occurred_at DESC, id DESC";

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(AuditEvent event) {
        jdbc.sql("INSERT INTO audit_event (occurred_at, username, action, target, detail, remote_address)"
                        + " VALUES (:at, :actor, :action, :target, :detail, :address)")
                .param("at", utc(event.occurredAt())).param("actor", event.username())
                .param("action", event.action().name()).param("target", event.target())
                .param("detail", event.detail()).param("address", event.remoteAddress()).update();
    }

    public List<AuditEvent> page(AuditFilter filter, int offset, int limit) {
        var where = new Where(filter);
        return where.bind(jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where.sql() + NEWEST_FIRST
                + " LIMIT :limit OFFSET :offset")).param("limit", limit).param("offset", offset)
                .query(AuditEntries::event).list();
    }

    public long count(AuditFilter filter) {
        var where = new Where(filter);
        return where.bind(jdbc.sql("SELECT COUNT(*) FROM audit_event" + where.sql())).query(Long.class).single();
    }

    /** Hands every matching entry to {@code sink}, newest first, holding one row at a time. */
    public void forEach(AuditFilter filter, Consumer<AuditEvent> sink) {
        var where = new Where(filter);
        where.bind(jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where.sql() + NEWEST_FIRST))
                .query(rs -> {
                    sink.accept(event(rs, rs.getRow()));
                });
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"), AuditAction.valueOf(rs.getString("action")), rs.getString("target"), rs.getString("detail"),
                rs.getString("remote_address"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The WHERE clause of a filter; every value is a bound parameter. */
    private record Where(AuditFilter filter) {

        String sql() {
            List<String> parts = new ArrayList<>();
            if (filter.actor() != null) {
                parts.add("username IN (:actor, :actorLower)");
            }
            if (!filter.actions().isEmpty()) {
                parts.add("action IN (:actions)");
            }
            if (filter.target() != null) {
                parts.add("target LIKE :target ESCAPE '\\'");
            }
            if (filter.from() != null) {
                parts.add("occurred_at >= :from");
            }
            if (filter.to() != null) {
                parts.add("occurred_at < :to");
            }
            return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            if (filter.actor() != null) {
                statement = statement.param("actor", SqlText.bindable(filter.actor()))
                        .param("actorLower", SqlText.bindable(filter.actor().toLowerCase(Locale.ROOT)));
            }
            if (!filter.actions().isEmpty()) {
                statement = statement.param("actions", filter.actions().stream().map(Enum::name).sorted().toList());
            }
            if (filter.target() != null) {
                statement = statement.param("target", SqlText.bindable(filter.target().replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%"));
            }
            if (filter.from() != null) {
                statement = statement.param("from", utc(filter.from()));
            }
            if (filter.to() != null) {
                statement = statement.param("to", utc(filter.to()));
            }
            return statement;
        }
    }
}
