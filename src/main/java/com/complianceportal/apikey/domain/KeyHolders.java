package com.complianceportal.apikey.domain;

import com.complianceportal.shared.db.SqlText;
import com.complianceportal.user.domain.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users with the status of their keys, filtered, sorted by name and paged in the database: one query per page. */
@Repository
public class KeyHolders {

    private static final String SELECT = "SELECT u.id, u.username, u.display_name, u.role, k."
            + ApiKeyStore.STATUS_COLUMNS.replace(", ", ", k.");

    /** One user with at most one of their keys, as the join returns them. */
    private record Joined(long id, String username, String displayName, Role role, @Nullable KeyStatus key) {
    }

    private final JdbcClient jdbc;

    KeyHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<KeyHolder> page(KeyHolderFilter filter, boolean descending, int offset, int limit) {
        String order = descending ? " DESC" : " ASC";
        String sql = SELECT + " FROM (SELECT id, username, display_name, role FROM portal_user u WHERE " + where(filter)
                + " ORDER BY LOWER(display_name)" + order + ", username" + order + " LIMIT :limit OFFSET :offset) u"
                + " LEFT JOIN api_key k ON k.user_id = u.id"
                + " ORDER BY LOWER(u.display_name)" + order + ", u.username" + order + ", k.upstream";
        return group(withPattern(jdbc.sql(sql), filter).param("limit", limit).param("offset", offset)
                .query(KeyHolders::joined).list());
    }

    public long count(KeyHolderFilter filter) {
        return withPattern(jdbc.sql("SELECT COUNT(*) FROM portal_user u WHERE " + where(filter)), filter)
                .query(Long.class).single();
    }

    public Optional<KeyHolder> find(long userId) {
        return group(jdbc.sql(SELECT + " FROM portal_user u LEFT JOIN api_key k ON k.user_id = u.id WHERE u.id = ?")
                .param(userId).query(KeyHolders::joined).list()).stream().findFirst();
    }

    private static List<KeyHolder> group(List<Joined> rows) {
        Map<Long, Map<Upstream, KeyStatus>> keys = new LinkedHashMap<>();
        Map<Long, Joined> users = new LinkedHashMap<>();
        for (Joined row : rows) {
            users.putIfAbsent(row.id(), row);
            Map<Upstream, KeyStatus> own = keys.computeIfAbsent(row.id(), id -> new EnumMap<>(Upstream.class));
            if (row.key() != null) {
                own.put(row.key().upstream(), row.key());
            }
        }
        return users.values().stream().map(u -> new KeyHolder(u.id(), u.username(), u.displayName(), u.role(),
                keys.get(u.id()))).toList();
    }

    private static Joined joined(ResultSet rs, int rowNumber) throws SQLException {
        return new Joined(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("upstream") == null ? null : ApiKeyStore.status(rs));
    }

    private static String where(KeyHolderFilter filter) {
        StringBuilder where = new StringBuilder("(u.username LIKE :pattern ESCAPE '\\'"
                + " OR LOWER(u.display_name) LIKE :pattern ESCAPE '\\')");
        for (Upstream upstream : filter.withoutKey()) {
            // An enum constant's name, never user input.
            where.append(" AND NOT EXISTS (SELECT 1 FROM api_key w WHERE w.user_id = u.id AND w.upstream = '")
                    .append(upstream.name()).append("')");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec withPattern(JdbcClient.StatementSpec statement, KeyHolderFilter filter) {
        String text = filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return statement.param("pattern", SqlText.bindable("%" + text + "%"));
    }
}
