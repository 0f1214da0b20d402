package com.complianceportal.testsupport;

import com.complianceportal.shared.db.SqlDialect;

/**
 * The database a test run uses: H2 (the default), or PostgreSQL when the run sets {@code -Dportal.test.database=postgresql}
 * (the second pass of {@code ./portal test}, see README, "PostgreSQL").
 */
public final class TestDatabase {

    /** The system property that selects the database of a test run. */
    public static final String PROPERTY = "portal.test.database";

    private TestDatabase() {
    }

    /** The dialect of this run's database. */
    public static SqlDialect dialect() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "h2")) ? SqlDialect.POSTGRESQL : SqlDialect.H2;
    }

    /** True when this run's tests use PostgreSQL. */
    public static boolean postgres() {
        return dialect() == SqlDialect.POSTGRESQL;
    }

    /** The Flyway locations of this run's database, as {@code spring.flyway.locations} resolves them. */
    public static String[] migrationLocations() {
        String vendor = postgres() ? "postgresql" : "h2";
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
    }
}
