package com.complianceportal.mfa.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code mfa_recovery_code} table: salted hashes of each user's recovery codes, never the codes. */
@Repository
public class RecoveryCodes {

    /** One stored code: its salt and hash. */
    public record Stored(long id, byte[] salt, byte[] hash) {

        public Stored {
            salt = salt.clone();
            hash = hash.clone();
        }

        @Override
        public byte[] salt() {
            return salt.clone();
        }

        @Override
        public byte[] hash() {
            return hash.clone();
        }
    }

    private final JdbcClient jdbc;

    RecoveryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces all of a user's codes, used or not, by these. */
    public void replaceAll(long userId, List<Stored> codes) {
        deleteAll(userId);
        for (Stored code : codes) {
            jdbc.sql("INSERT INTO mfa_recovery_code (user_id, salt, hash) VALUES (?, ?, ?)")
                    .params(userId, code.salt(), code.hash()).update();
        }
    }

    /** The codes not used yet, locked until the transaction ends. */
    public List<Stored> unused(long userId) {
        return jdbc.sql("SELECT id, salt, hash FROM mfa_recovery_code WHERE user_id = ? AND used_at IS NULL"
                        + " ORDER BY id FOR UPDATE").param(userId)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getBytes("salt"), rs.getBytes("hash"))).list();
    }

    public int countUnused(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM mfa_recovery_code WHERE user_id = ? AND used_at IS NULL").param(userId)
                .query(Integer.class).single();
    }

    /** Marks a code used; false when it was used already, so that a code works exactly once. */
    public boolean markUsed(long id, Instant now) {
        return jdbc.sql("UPDATE mfa_recovery_code SET used_at = ? WHERE id = ? AND used_at IS NULL")
                .params(now.atOffset(ZoneOffset.UTC), id).update() == 1;
    }

    public void deleteAll(long userId) {
        jdbc.sql("DELETE FROM mfa_recovery_code WHERE user_id = ?").param(userId).update();
    }
}
