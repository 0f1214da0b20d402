package com.complianceportal.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The few statements that H2 and PostgreSQL spell differently, chosen by the database's product name. Everything else
 * the portal runs is SQL both understand.
 */
public enum SqlDialect {

    /** H2 2.x in its regular mode: the embedded default. */
    H2,
    /** PostgreSQL 15 or newer: the {@code postgres} profile. */
    POSTGRESQL;

    /** The dialect of the database behind {@code connection}. */
    public static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new IllegalStateException("Unsupported database: " + product + " (the portal runs on H2 or PostgreSQL)");
    }

    /** The dialect of the database behind {@code dataSource}, asked on a connection of the current transaction. */
    public static SqlDialect of(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The database did not say what it is", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A query whose single value is the next value of {@code sequence} (a fixed name, never user input). */
    public String nextValue(String sequence) {
        return switch (this) {
            case H2 -> "SELECT NEXT VALUE FOR " + sequence;
            case POSTGRESQL -> "SELECT nextval('" + sequence + "')";
        };
    }
}
