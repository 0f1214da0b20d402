package com.complianceportal.assessment.local;

import com.complianceportal.shared.db.SqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Database settings for the duration of a bulk load of generated, consistent data. On H2: a larger page cache (index
 * builds read the whole table), no retention of superseded pages (the file would otherwise grow with every rewritten
 * page) and no foreign key checks (the generator writes organisations before the assessments that use them). On
 * PostgreSQL: commits that do not wait for the disk (a crash loses at most the last batches of a load that starts again
 * on an empty register), and fresh planner statistics afterwards, so that the first queries use the new indexes.
 */
final class BulkLoadSettings {

    /** Up to 512 MB of page cache, and never more than a quarter of the heap. */
    private static final long LOAD_CACHE_KB = Math.min(512 * 1024, Runtime.getRuntime().maxMemory() / 4 / 1024);

    private final boolean h2;
    private final long cacheKb;
    private final long retentionMs;

    private BulkLoadSettings(boolean h2, long cacheKb, long retentionMs) {
        this.h2 = h2;
        this.cacheKb = cacheKb;
        this.retentionMs = retentionMs;
    }

    static BulkLoadSettings apply(Connection connection) throws SQLException {
        if (SqlDialect.of(connection) == SqlDialect.POSTGRESQL) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET synchronous_commit TO off");
            }
            return new BulkLoadSettings(false, 0, 0);
        }
        long cache = setting(connection, "CACHE_SIZE");
        long retention = setting(connection, "RETENTION_TIME");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET CACHE_SIZE " + Math.max(cache, LOAD_CACHE_KB));
            statement.execute("SET RETENTION_TIME 0");
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
        }
        return new BulkLoadSettings(true, cache, retention);
    }

    void restore(Connection connection) throws SQLException {
        if (!h2) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET synchronous_commit TO DEFAULT");
                statement.execute("ANALYZE");
            }
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET CACHE_SIZE " + cacheKb);
            statement.execute("SET RETENTION_TIME " + retentionMs);
            statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
    }

    private static long setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '" + name + "'")) {
            return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
        }
    }
}
