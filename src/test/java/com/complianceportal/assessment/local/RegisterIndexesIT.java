package com.complianceportal.assessment.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.shared.db.SqlDialect;
import com.complianceportal.testsupport.MigrationDatabase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register's index list, read from the migrations, is the set of indexes the migrations leave on the assessment
 * table, and a demo load (which drops and builds them again) leaves exactly that set.
 */
class RegisterIndexesIT {

    private final MigrationDatabase database = new MigrationDatabase("register-indexes");
    private final JdbcClient jdbc = database.jdbc();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void the_list_is_what_the_migrations_leave_and_a_demo_load_keeps_it() throws Exception {
        database.migrateTo("latest");
        Set<String> listed = new TreeSet<>(RegisterIndexes.fromMigration(database.dialect()).stream()
                .map(RegisterIndexes.Index::name).toList());

        assertThat(listed).contains("assessment_updated", "assessment_updated_parties", "assessment_assessed_parties",
                "assessment_requester_parties");
        assertThat(indexes()).containsAll(listed);
        if (database.dialect() == SqlDialect.POSTGRESQL) {
            // PostgreSQL indexes no foreign key by itself: the list is every index but the keys'.
            assertThat(indexes()).isEqualTo(union(listed, Set.of("assessment_pkey", "assessment_assessment_id")));
            assertThat(listed).doesNotContain("assessment_assessed_org", "assessment_requester_org");
        }
        Set<String> before = indexes();

        DemoRegister.load(database.dataSource(), 200, 5L, LocalDate.now(ZoneOffset.UTC));

        assertThat(indexes()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment").query(Long.class).single()).isEqualTo(200L);
    }

    private Set<String> indexes() {
        String sql = database.dialect() == SqlDialect.POSTGRESQL
                ? "SELECT indexname FROM pg_indexes WHERE tablename = 'assessment'"
                : "SELECT index_name FROM information_schema.indexes WHERE table_name = 'ASSESSMENT'";
        List<String> names = jdbc.sql(sql).query(String.class).list();
        return new TreeSet<>(names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
