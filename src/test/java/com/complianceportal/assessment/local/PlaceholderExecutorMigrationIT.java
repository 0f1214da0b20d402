package com.complianceportal.assessment.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.testsupport.MigrationDatabase;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Migration V6 gives verifications created before it the placeholder lead executor, and touches nothing else. */
class PlaceholderExecutorMigrationIT {

    private final MigrationDatabase database = new MigrationDatabase("placeholder-migration");
    private final JdbcClient jdbc = database.jdbc();

    @AfterEach
    void close() {
        database.close();
    }

    private void assessment(String id, String type, boolean created) {
        jdbc.sql("""
                INSERT INTO assessment (id, assessment_id, case_id, status, assessment_type, standard_name, issue_based,
                    updated_at, assessed_org_id, sort_org_name)
                VALUES (?, ?, ?, 'New', ?, 'Environmental Audit', FALSE, ?, 'site', 'Site')""")
                .params(id, id + "-1", id, type, OffsetDateTime.parse("2026-01-01T00:00:00Z")).update();
        if (created) {
            jdbc.sql("""
                    INSERT INTO created_assessment (id, created_at, entity_id, template_id, institution_id, status_id,
                        workflow_instance_id, workflow_state, request_key, created_by)
                    VALUES (?, ?, 'entity', 'template', 'institution', '4e949624-bc0f-439e-a9f2-25a23938812c',
                        'workflow', 'Active', ?, 'assessor')""")
                    .params(id, OffsetDateTime.parse("2026-01-01T00:00:00Z"), "key-" + id).update();
        }
    }

    private List<String> executors(String assessmentId) {
        return jdbc.sql("""
                SELECT o.name || '|' || CASE WHEN e.lead THEN 'TRUE' ELSE 'FALSE' END
                    || '|' || CASE WHEN e.placeholder THEN 'TRUE' ELSE 'FALSE' END || '|' || e.assigned_roles
                  FROM assessment_executor e JOIN organisation o ON o.id = e.organisation_id
                 WHERE e.assessment_id = ? ORDER BY e.position""").param(assessmentId).query(String.class).list();
    }

    @Test
    void created_verifications_without_an_executor_get_the_placeholder_lead() {
        database.migrateTo("5");
        jdbc.sql("INSERT INTO organisation (id, name) VALUES ('site', 'Site')").update();
        jdbc.sql("INSERT INTO assessed_entity (id, organisation_id, entity_type) VALUES ('entity', 'site', 'Factory')")
                .update();
        jdbc.sql("""
                INSERT INTO assessment_template (id, position, name, description, assessment_type, standard_name,
                    workflow_name) VALUES ('template', 1, 'T', 'D', 'Verification Assessment', 'S', 'W')""").update();
        assessment("100001", "Verification Assessment", true);
        assessment("100002", "Self Assessment", true);
        assessment("100003", "Verification Assessment", false);

        database.migrateTo("latest");

        assertThat(executors("100001")).containsExactly("To be assigned|TRUE|TRUE|Lead Auditor");
        assertThat(executors("100002")).as("a self-assessment is not waiting for an auditor").isEmpty();
        assertThat(executors("100003")).as("rows not created in the portal are left alone").isEmpty();
    }
}
