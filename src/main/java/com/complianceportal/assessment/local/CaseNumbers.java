package com.complianceportal.assessment.local;

import com.complianceportal.shared.db.SqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Case numbers from the {@code case_number} sequence ({@code V12__case_number_sequence.sql}). */
final class CaseNumbers {

    private CaseNumbers() {
    }

    /** The next case number; a create that rolls back leaves a gap. */
    static long next(JdbcClient jdbc, SqlDialect dialect) {
        return jdbc.sql(dialect.nextValue("case_number")).query(Long.class).single();
    }

    /** Moves the sequence past the highest case number in the register, after a load that wrote case numbers. */
    static void continueAfterRegister(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long next;
            try (ResultSet rs = statement.executeQuery(
                    "SELECT COALESCE(MAX(CAST(case_id AS BIGINT)), 99999) + 1 FROM assessment")) {
                rs.next();
                next = rs.getLong(1);
            }
            // Both databases restart a sequence at a literal; the value is a number the database just computed.
            statement.execute("ALTER SEQUENCE case_number RESTART WITH " + next);
        }
    }
}
