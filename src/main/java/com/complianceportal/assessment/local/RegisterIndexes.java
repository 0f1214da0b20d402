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
 * PostgreSQL, its own migration then redefines some and adds others (an index of the same name replaces the earlier).
 */
final class RegisterIndexes {

    static final List<String> MIGRATIONS = List.of("/db/migration/V2__assessment_register.sql",
            "/db/migration/V13__register_walk_indexes.sql");
    /** The PostgreSQL migrations that redefine or add indexes of the register, after {@link #MIGRATIONS}. */
    static final List<String> POSTGRESQL_MIGRATIONS = List.of("/db/vendor/postgresql/V15__register_indexes.sql");
    private static final Pattern CREATE = Pattern.compile("CREATE INDEX (\\w+)\\s+ON assessment \\([^;]+\\);");

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
            fromMigration(migration).forEach(index -> indexes.put(index.name(), index));
        }
        return List.copyOf(indexes.values());
    }

    private static List<Index> fromMigration(String migration) {
        try (InputStream in = RegisterIndexes.class.getResourceAsStream(migration)) {
            if (in == null) {
                throw new IllegalStateException("Migration not found: " + migration);
            }
            Matcher matcher = CREATE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Index> indexes = new ArrayList<>();
            while (matcher.find()) {
                String statement = matcher.group();
                indexes.add(new Index(matcher.group(1), statement.substring(0, statement.length() - 1)));
            }
            return indexes;
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
