package com.complianceportal.assessment.local;

import com.complianceportal.shared.db.SqlDialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secondary indexes of the {@code assessment} table, exactly as the register migrations declare them; on
 * PostgreSQL, its own migrations then redefine some, add others and drop some (an index of the same name replaces the
 * earlier one).
 */
final class RegisterIndexes {

    static final List<String> MIGRATIONS = List.of("/db/migration/V2__assessment_register.sql",
            "/db/migration/V13__register_walk_indexes.sql", "/db/migration/V18__register_party_indexes.sql");
    /**
     * The PostgreSQL migrations that redefine, add or drop indexes of the register, after {@link #MIGRATIONS} (a
     * PostgreSQL script of the same name as a common one replaces it in the database, and is read after it here).
     */
    static final List<String> POSTGRESQL_MIGRATIONS = List.of("/db/vendor/postgresql/V15__register_indexes.sql",
            "/db/vendor/postgresql/V18__register_party_indexes.sql");
    /** A CREATE INDEX on the assessment table (group 1: its name), or a DROP INDEX (group 2: the name). */
    private static final Pattern STATEMENT = Pattern.compile(
            "CREATE INDEX (\\w+)\\s+ON assessment \\([^;]+\\);|DROP INDEX (\\w+);");

    /** One index: its name and the statement that creates it. */
    record Index(String name, String create) {
    }

    private RegisterIndexes() {
    }

    static List<Index> fromMigration(SqlDialect dialect) {
        Map<String, Index> indexes = new LinkedHashMap<>();
        List<String> migrations = new ArrayList<>(MIGRATIONS);
        if (dialect == SqlDialect.POSTGRESQL) {
            migrations.addAll(POSTGRESQL_MIGRATIONS);
        }
        for (String migration : migrations) {
            read(migration, indexes);
        }
        return List.copyOf(indexes.values());
    }

    /** Applies the index statements of {@code migration}, in order, to {@code indexes} (by name). */
    private static void read(String migration, Map<String, Index> indexes) {
        try (InputStream in = RegisterIndexes.class.getResourceAsStream(migration)) {
            if (in == null) {
                throw new IllegalStateException("Migration not found: " + migration);
            }
            Matcher matcher = STATEMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                if (matcher.group(2) != null) {
                    indexes.remove(matcher.group(2));
                } else {
                    String statement = matcher.group();
                    indexes.put(matcher.group(1), new Index(matcher.group(1),
                            statement.substring(0, statement.length() - 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void drop(Connection connection, List<Index> indexes) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Index index : indexes) {
                statement.execute("DROP INDEX IF EXISTS " + index.name());
            }
        }
    }

    static void create(Connection connection, List<Index> indexes) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Index index : indexes) {
                statement.execute(index.create().replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
            }
        }
    }
}
