package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.WorkflowError;
import com.complianceportal.assessment.domain.WorkflowState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the vendor records of created assessments, with their status names. */
final class LocalCreatedRecords {

    private static final String SELECT = """
            SELECT c.*, s.name AS status_name, a.assessment_id
              FROM created_assessment c JOIN register_status s ON s.id = c.status_id
              JOIN assessment a ON a.id = c.id""";

    private final JdbcClient jdbc;

    LocalCreatedRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CreatedAssessment> byId(String id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query((rs, n) -> record(rs)).optional();
    }

    private static CreatedAssessment record(ResultSet rs) throws SQLException {
        WorkflowState state = WorkflowState.fromText(rs.getString("workflow_state"));
        WorkflowError error = state == WorkflowState.ERROR ? new WorkflowError(rs.getString("error_message"),
                rs.getString("error_details"), rs.getString("error_step"), rs.getString("error_type")) : null;
        return new CreatedAssessment(rs.getString("id"), rs.getString("assessment_id"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("entity_id"), rs.getString("template_id"), rs.getString("institution_id"),
                rs.getString("status_id"), rs.getString("status_name"), rs.getString("outcome_id"), null,
                rs.getString("workflow_instance_id"), state, error, false);
    }
}
