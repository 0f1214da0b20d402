package com.complianceportal.assessment.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.testsupport.MigrationDatabase;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Case numbers come from a sequence that starts after the register's highest case number. */
class CaseNumberSequenceIT {

    private final MigrationDatabase database = new MigrationDatabase("case-number-sequence");
    private final JdbcClient jdbc = database.jdbc();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void the_migration_continues_after_the_highest_existing_case_number() {
        database.migrateTo("11");
        jdbc.sql("INSERT INTO organisation (id, name) VALUES ('site', 'Site')").update();
        for (String caseId : new String[] {"100007", "123456", "99"}) {
            jdbc.sql("""
                    INSERT INTO assessment (id, assessment_id, case_id, status, assessment_type, standard_name,
                        issue_based, updated_at, assessed_org_id, sort_org_name)
                    VALUES (?, ?, ?, 'New', 'Self Assessment', 'S', FALSE, ?, 'site', 'Site')""")
                    .params("a" + caseId, caseId + "-1", caseId, OffsetDateTime.parse("2026-01-01T00:00:00Z"))
                    .update();
        }

        database.migrateTo("latest");

        assertThat(CaseNumbers.next(jdbc, database.dialect())).isEqualTo(123_457L);
        assertThat(CaseNumbers.next(jdbc, database.dialect())).isEqualTo(123_458L);
    }

    @Test
    void an_empty_register_starts_at_100000() {
        database.migrateTo("latest");

        assertThat(CaseNumbers.next(jdbc, database.dialect())).isEqualTo(100_000L);
    }

    @Test
    void a_demo_load_moves_the_sequence_past_its_case_numbers() throws Exception {
        database.migrateTo("latest");
        DemoRegister.load(database.dataSource(), 300, 3L, LocalDate.now(ZoneOffset.UTC));
        long highest = jdbc.sql("SELECT MAX(CAST(case_id AS BIGINT)) FROM assessment").query(Long.class).single();

        assertThat(CaseNumbers.next(jdbc, database.dialect())).isEqualTo(highest + 1);
    }
}
