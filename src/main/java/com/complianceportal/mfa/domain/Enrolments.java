package com.complianceportal.mfa.domain;

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

/** The {@code mfa_enrolment} table: at most one enrolment per user. */
@Repository
public class Enrolments {

    private static final String COLUMNS = "user_id, key_version, ciphertext, created_at, confirmed_at, last_used_step,"
            + " failed_codes, blocked_until";

    private final JdbcClient jdbc;

    Enrolments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Enrolment> find(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mfa_enrolment WHERE user_id = ?").param(userId)
                .query((rs, n) -> enrolment(rs)).optional();
    }

    /** The same, locked until the transaction ends, so that two requests for one user take turns. */
    public Optional<Enrolment> findForUpdate(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mfa_enrolment WHERE user_id = ? FOR UPDATE").param(userId)
                .query((rs, n) -> enrolment(rs)).optional();
    }

    /** Starts an enrolment afresh: an unconfirmed row with a new sealed secret replaces any earlier one. */
    public void replaceWithUnconfirmed(long userId, int keyVersion, byte[] ciphertext, Instant now) {
        delete(userId);
        jdbc.sql("INSERT INTO mfa_enrolment (user_id, key_version, ciphertext, created_at) VALUES (?, ?, ?, ?)")
                .params(userId, keyVersion, ciphertext, utc(now)).update();
    }

    public boolean confirm(long userId, Instant now) {
        return jdbc.sql("UPDATE mfa_enrolment SET confirmed_at = ? WHERE user_id = ? AND confirmed_at IS NULL")
                .params(utc(now), userId).update() == 1;
    }

    /**
     * Records that the code of {@code step} was accepted and clears the wrong-code count; false when that step or a
     * later one was accepted before, so that a code is never accepted twice, not even by two requests at once.
     */
    public boolean useStep(long userId, long step) {
        return jdbc.sql("""
                UPDATE mfa_enrolment SET last_used_step = ?, failed_codes = 0, blocked_until = NULL
                 WHERE user_id = ? AND (last_used_step IS NULL OR last_used_step < ?)""")
                .params(step, userId, step).update() == 1;
    }

    /** Counts a wrong code and returns the new count. */
    public int countFailure(long userId) {
        jdbc.sql("UPDATE mfa_enrolment SET failed_codes = failed_codes + 1 WHERE user_id = ?").param(userId).update();
        return jdbc.sql("SELECT failed_codes FROM mfa_enrolment WHERE user_id = ?").param(userId).query(Integer.class)
                .optional().orElse(0);
    }

    public void blockUntil(long userId, Instant until) {
        jdbc.sql("UPDATE mfa_enrolment SET blocked_until = ? WHERE user_id = ?").params(utc(until), userId).update();
    }

    public void clearFailures(long userId) {
        jdbc.sql("UPDATE mfa_enrolment SET failed_codes = 0, blocked_until = NULL WHERE user_id = ?").param(userId)
                .update();
    }

    public boolean delete(long userId) {
        return jdbc.sql("DELETE FROM mfa_enrolment WHERE user_id = ?").param(userId).update() == 1;
    }

    /** Every enrolment whose secret another master key version sealed, locked until the transaction ends. */
    public List<Enrolment> notUnder(int keyVersion) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mfa_enrolment WHERE key_version <> ? ORDER BY user_id FOR UPDATE")
                .param(keyVersion).query((rs, n) -> enrolment(rs)).list();
    }

    /** Replaces the ciphertext by the same secret sealed under another master key version. */
    public boolean reseal(long userId, int oldVersion, int newVersion, byte[] ciphertext) {
        return jdbc.sql("""
                UPDATE mfa_enrolment SET key_version = ?, ciphertext = ? WHERE user_id = ? AND key_version = ?""")
                .params(newVersion, ciphertext, userId, oldVersion).update() == 1;
    }

    private static Enrolment enrolment(ResultSet rs) throws SQLException {
        long step = rs.getLong("last_used_step");
        Long lastUsed = rs.wasNull() ? null : step;
        return new Enrolment(rs.getLong("user_id"), rs.getInt("key_version"), rs.getBytes("ciphertext"),
                instant(rs, "created_at"), instant(rs, "confirmed_at"), lastUsed, rs.getInt("failed_codes"),
                instant(rs, "blocked_until"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
