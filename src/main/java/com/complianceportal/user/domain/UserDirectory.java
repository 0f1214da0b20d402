package com.complianceportal.user.domain;

import com.complianceportal.shared.db.SqlText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Users as the administration lists them: filtered, sorted by name and paged in the database, one query per page; and
 * the lock that keeps the last active administrator.
 */
@Repository
public class UserDirectory {

    private static final String COLUMNS = "id, username, display_name, email, password_hash, role, enabled,"
            + " failed_attempts, locked_until, color_scheme, created_at, password_changed_at, must_change_password,"
            + " version";

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the users that {@code filter} selects. {@code delayed} are the user names that sign-in throttling
     * holds back from every address: they count as locked, as a lock stored in the database does.
     */
    public List<PortalUser> page(UserFilter filter, Set<String> delayed, Instant now, int offset, int limit) {
        return bound(jdbc.sql("SELECT " + COLUMNS + " FROM portal_user WHERE " + where(filter, delayed)
                + " ORDER BY LOWER(display_name), username LIMIT :limit OFFSET :offset"), filter, delayed, now)
                .param("limit", limit).param("offset", offset).query(UserDirectory::user).list();
    }

    public long count(UserFilter filter, Set<String> delayed, Instant now) {
        return bound(jdbc.sql("SELECT COUNT(*) FROM portal_user WHERE " + where(filter, delayed)), filter, delayed,
                now).query(Long.class).single();
    }

    /**
     * Locks the rows of every administrator until the transaction ends, so that two administrators cannot each
     * disable or demote the other at the same moment and leave none.
     */
    public void lockAdministrators() {
        jdbc.sql("SELECT id FROM portal_user WHERE role = 'ADMIN' FOR UPDATE").query(Long.class).list();
    }

    /** Enabled administrators other than this user; read after {@link #lockAdministrators()}. */
    public long activeAdministratorsOtherThan(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM portal_user WHERE role = 'ADMIN' AND enabled AND id <> ?")
                .param(userId).query(Long.class).single();
    }

    private static String where(UserFilter filter, Set<String> delayed) {
        String held = delayed.isEmpty() ? "" : " OR username IN (:delayed)";
        StringBuilder where = new StringBuilder("(username LIKE :pattern ESCAPE '\\'"
                + " OR LOWER(display_name) LIKE :pattern ESCAPE '\\' OR LOWER(email) LIKE :pattern ESCAPE '\\')");
        if (filter.role() != null) {
            where.append(" AND role = :role");
        }
        if (filter.state() != null) {
            where.append(switch (filter.state()) {
                case ACTIVE -> " AND enabled AND (locked_until IS NULL OR locked_until <= :now)"
                        + (delayed.isEmpty() ? "" : " AND username NOT IN (:delayed)");
                case DISABLED -> " AND NOT enabled";
                case LOCKED -> " AND (locked_until > :now" + held + ")";
                case MUST_CHANGE_PASSWORD -> " AND must_change_password";
            });
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bound(JdbcClient.StatementSpec statement, UserFilter filter,
            Set<String> delayed, Instant now) {
        String text = filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        statement = statement.param("pattern", SqlText.bindable("%" + text + "%"));
        if (filter.role() != null) {
            statement = statement.param("role", filter.role().name());
        }
        if (filter.state() == UserState.ACTIVE || filter.state() == UserState.LOCKED) {
            statement = statement.param("now", Timestamp.from(now));
            if (!delayed.isEmpty()) {
                statement = statement.param("delayed", List.copyOf(delayed));
            }
        }
        return statement;
    }

    private static PortalUser user(ResultSet rs, int row) throws SQLException {
        return new PortalUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"), rs.getInt("failed_attempts"), instant(rs, "locked_until"),
                ColorScheme.valueOf(rs.getString("color_scheme")), instantOf(rs, "created_at"),
                instantOf(rs, "password_changed_at"), rs.getBoolean("must_change_password"), rs.getInt("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Instant instantOf(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        if (value == null) {
            throw new SQLException(column + " is null");
        }
        return value.toInstant();
    }
}
