package com.complianceportal.assessment.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.shared.db.SqlDialect;
import com.complianceportal.testsupport.MigrationDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database's own matching of organisation names (used when too many organisations match to list them, and by the
 * entity picker) finds exactly the organisations that the in-memory matching finds, on H2 and on PostgreSQL, where a
 * trigram index serves it.
 */
class OrganisationNameSearchIT {

    static MigrationDatabase database;
    static JdbcClient jdbc;
    static OrganisationNames names;
    static LocalDate today;

    @BeforeAll
    static void load() throws Exception {
        database = new MigrationDatabase("organisation-name-search");
        database.migrateTo("latest");
        today = LocalDate.now(ZoneOffset.UTC);
        DemoRegister.load(database.dataSource(), 2_000, 5L, today);
        jdbc = database.jdbc();
        names = new OrganisationNames(jdbc);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"textil", "gmbh", "co", "a", "ltd.", "ö", "100%", "x_y", "\\", "no such organisation"})
    void the_database_matches_the_same_assessments_as_the_names_in_memory(String text) {
        AssessmentFilter filter = AssessmentFilter.NONE.withText(text);
        Set<String> inDatabase = ids(RegisterQuerySql.where(filter, today).in(database.dialect()));
        Set<String> inMemory = ids(RegisterQuerySql.where(filter, today, names::containing).in(database.dialect()));

        assertThat(names.containing(text.toLowerCase(Locale.ROOT))).as("few enough to list").isPresent();
        assertThat(inDatabase).isEqualTo(inMemory);
        if (text.equals("textil") || text.equals("gmbh")) {
            assertThat(inDatabase).as("a common word finds something").isNotEmpty();
        }
    }

    @Test
    void a_trigram_index_can_serve_a_contains_search_on_postgresql() throws Exception {
        assumeTrue(database.dialect() == SqlDialect.POSTGRESQL, "PostgreSQL only");
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            // The demo register is small enough that a scan is cheapest: ask whether the index can be used at all.
            statement.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (var rs = statement.executeQuery(
                    "EXPLAIN SELECT o.id FROM organisation o WHERE LOWER(o.name) LIKE '%textil%' ESCAPE '\\'")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).contains("organisation_name_trigrams");
        }
    }

    private static Set<String> ids(RegisterQuerySql where) {
        RegisterQuerySql.Sql page = where.page(List.of(), 100_000, 0);
        return new HashSet<>(jdbc.sql(page.text()).params(page.params()).query(String.class).list());
    }
}
