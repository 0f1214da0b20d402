package com.complianceportal.apikey.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored keys of one user: at most one per upstream. Only {@link #sealed} and {@link #sealedOf} read the
 * ciphertext. */
@Repository
public class ApiKeyStore {

    /** How exact the last-used time is. */
    public static final java.time.Duration LAST_USED_PRECISION = java.time.Duration.ofMinutes(1);

    static final String STATUS_COLUMNS = "upstream, last_four, label, created_at, replaced_at, last_used_at, set_by";

    private final JdbcClient jdbc;

    ApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<KeyStatus> status(long userId, Upstream upstream) {
        return jdbc.sql("SELECT " + STATUS_COLUMNS + " FROM api_key WHERE user_id = ? AND upstream = ?")
                .params(userId, upstream.name()).query((rs, n) -> status(rs)).optional();
    }

    public List<KeyStatus> statuses(long userId) {
        return jdbc.sql("SELECT " + STATUS_COLUMNS + " FROM api_key WHERE user_id = ? ORDER BY upstream")
                .param(userId).query((rs, n) -> status(rs)).list();
    }

    public Optional<SealedKey> sealed(long userId, Upstream upstream) {
        return jdbc.sql("SELECT key_version, ciphertext FROM api_key WHERE user_id = ? AND upstream = ?")
                .params(userId, upstream.name())
                .query((rs, n) -> new SealedKey(rs.getInt("key_version"), rs.getBytes("ciphertext"))).optional();
    }

    /** The sealed key of the user named {@code username} for the upstream, with the user's id, in one read. */
    public Optional<OwnedKey> sealedOf(String username, Upstream upstream) {
        return jdbc.sql("SELECT k.user_id, k.key_version, k.ciphertext FROM api_key k"
                        + " JOIN portal_user u ON u.id = k.user_id WHERE u.username = ? AND k.upstream = ?")
                .params(username, upstream.name())
                .query((rs, n) -> new OwnedKey(rs.getLong("user_id"),
                        new SealedKey(rs.getInt("key_version"), rs.getBytes("ciphertext")))).optional();
    }

    public void insert(long userId, Upstream upstream, SealedKey sealed, String lastFour, @Nullable String label,
            Instant now, String setBy) {
        jdbc.sql("""
                INSERT INTO api_key (user_id, upstream, ciphertext, key_version, last_four, label, created_at, set_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(userId, upstream.name(), sealed.ciphertext(), sealed.keyVersion(), lastFour, label, utc(now),
                        setBy).update();
    }

    /** Puts a new key in place of the stored one; it has not been used yet. Returns whether there was one. */
    public boolean replace(long userId, Upstream upstream, SealedKey sealed, String lastFour, @Nullable String label,
            Instant now, String setBy) {
        return jdbc.sql("""
                UPDATE api_key SET ciphertext = ?, key_version = ?, last_four = ?, label = ?, replaced_at = ?,
                       last_used_at = NULL, set_by = ?
                 WHERE user_id = ? AND upstream = ?""")
                .params(sealed.ciphertext(), sealed.keyVersion(), lastFour, label, utc(now), setBy, userId,
                        upstream.name()).update() == 1;
    }

    /** Deletes the key: a revoked key is gone, not flagged. Returns whether there was one. */
    public boolean delete(long userId, Upstream upstream) {
        return jdbc.sql("DELETE FROM api_key WHERE user_id = ? AND upstream = ?").params(userId, upstream.name())
                .update() == 1;
    }

    /** Records use to the minute: a key used for a page of calls is written once, not once per call. */
    public void markUsed(long userId, Upstream upstream, Instant now) {
        jdbc.sql("UPDATE api_key SET last_used_at = ? WHERE user_id = ? AND upstream = ?"
                        + " AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(utc(now), userId, upstream.name(), utc(now.minus(LAST_USED_PRECISION))).update();
    }

    static KeyStatus status(ResultSet rs) throws SQLException {
        return new KeyStatus(Upstream.valueOf(rs.getString("upstream")), rs.getString("last_four"),
                rs.getString("label"), instant(rs, "created_at"), nullableInstant(rs, "replaced_at"),
                nullableInstant(rs, "last_used_at"), rs.getString("set_by"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
