package com.complianceportal.apikey.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every stored key as ciphertext, for the start-up check and the master key rotation; never for a user's request. */
@Repository
public class SealedKeys {

    /** One stored key: whose, for which upstream, and its ciphertext. */
    public record Row(long userId, Upstream upstream, SealedKey sealed) {
    }

    private final JdbcClient jdbc;

    SealedKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many stored keys each master key version sealed. */
    public Map<Integer, Long> countByVersion() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT key_version, COUNT(*) AS n FROM api_key GROUP BY key_version ORDER BY key_version")
                .query(rs -> {
                    counts.put(rs.getInt("key_version"), rs.getLong("n"));
                });
        return counts;
    }

    /** The first stored key of each master key version: enough to tell whether a master key is the right one. */
    public List<Row> onePerVersion() {
        return jdbc.sql("""
                SELECT user_id, upstream, key_version, ciphertext FROM api_key
                 WHERE id IN (SELECT MIN(id) FROM api_key GROUP BY key_version)""").query((rs, n) -> row(rs)).list();
    }

    /** Every stored key that some other master key version sealed, locked until the transaction ends. */
    public List<Row> notUnder(int version) {
        return jdbc.sql("""
                SELECT user_id, upstream, key_version, ciphertext FROM api_key WHERE key_version <> ?
                 ORDER BY id FOR UPDATE""").param(version).query((rs, n) -> row(rs)).list();
    }

    /** Replaces a key's ciphertext by the same key sealed under another master key version. */
    public boolean reseal(Row row, SealedKey resealed) {
        return jdbc.sql("""
                UPDATE api_key SET ciphertext = ?, key_version = ?
                 WHERE user_id = ? AND upstream = ? AND key_version = ?""")
                .params(resealed.ciphertext(), resealed.keyVersion(), row.userId(), row.upstream().name(),
                        row.sealed().keyVersion()).update() == 1;
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("user_id"), Upstream.valueOf(rs.getString("upstream")),
                new SealedKey(rs.getInt("key_version"), rs.getBytes("ciphertext")));
    }
}
