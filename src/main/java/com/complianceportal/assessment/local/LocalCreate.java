package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.shared.db.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * One create, inside the caller's transaction. The entity is locked first, so two creates for one entity take turns;
 * then the entity, the template and the open-assessment rule are checked, the workflow is started and the register row
 * and the vendor record are written together. (Repeated request keys never get here: the service answers them.)
 */
@Component
@ConditionalOnProperty(name = "portal.source", havingValue = "local", matchIfMissing = true)
class LocalCreate {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final LocalCreatedRecords records;
    private final String institutionId;

    LocalCreate(JdbcClient jdbc, DataSource dataSource, Clock clock,
            @Value("${portal.local.institution-id:c75f2c73-5ae4-4f1c-99c0-fc726cd41798}") String institutionId) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.records = new LocalCreatedRecords(jdbc);
        this.institutionId = institutionId;
    }

    CreationResult create(NewAssessmentRequest request, String requestedBy) {
        Optional<LocalCatalogue.Entity> entity = LocalCatalogue.lockedEntity(jdbc, request.entityId());
        if (entity.isEmpty()) {
            return new CreationResult.EntityNotFound(request.entityId());
        }
        Optional<LocalCatalogue.Template> template = LocalCatalogue.template(jdbc, request.templateId());
        if (template.isEmpty()) {
            return new CreationResult.TemplateNotFound(request.templateId());
        }
        Optional<CreationResult.OpenAssessmentExists> open = openAssessment(entity.get(), template.get());
        if (open.isPresent()) {
            return open.get();
        }
        LocalWorkflow.Start start = LocalWorkflow.start(template.get());
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        long caseNumber = CaseNumbers.next(jdbc, SqlDialect.of(dataSource));
        writeRegisterRow(LocalRegisterRow.of(id, caseNumber, entity.get(), template.get(), start, now));
        jdbc.sql("""
                INSERT INTO created_assessment (id, created_at, entity_id, template_id, institution_id, status_id,
                    outcome_id, workflow_instance_id, workflow_state, error_message, error_details, error_step,
                    error_type, request_key, created_by)
                VALUES (?, ?, ?, ?, ?, (SELECT id FROM register_status WHERE name = ?),
                    (SELECT id FROM outcome WHERE name = ?), ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, now, request.entityId().toString(), request.templateId().toString(), institutionId,
                        start.status(), start.outcome(), UUID.randomUUID().toString(), start.state().label(),
                        start.errorMessage(), start.errorDetails(), start.errorStep(), start.errorType(),
                        request.requestKey().toString(), requestedBy)
                .update();
        return new CreationResult.Created(records.byId(id).orElseThrow());
    }

    /** The newest assessment of the entity with the template's type and standard that is not finished yet. */
    private Optional<CreationResult.OpenAssessmentExists> openAssessment(LocalCatalogue.Entity entity,
            LocalCatalogue.Template template) {
        return jdbc.sql("""
                SELECT id, assessment_id, status FROM assessment
                 WHERE assessed_org_id = :org AND assessment_type = :type AND standard_name = :standard
                   AND status IN (:open)
                 ORDER BY updated_at DESC, id DESC LIMIT 1""")
                .param("org", entity.organisationId()).param("type", template.assessmentType())
                .param("standard", template.standardName()).param("open", AssessmentVocabulary.OPEN_STATUSES)
                .query((rs, n) -> new CreationResult.OpenAssessmentExists(rs.getString("id"),
                        rs.getString("assessment_id"), rs.getString("status")))
                .optional();
    }

    private void writeRegisterRow(AssessmentDetail row) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (RegisterWriter writer = new RegisterWriter(connection)) {
            writer.assessment(row);
        } catch (SQLException e) {
            DataAccessException translated = new SQLErrorCodeSQLExceptionTranslator(dataSource)
                    .translate("create assessment", null, e);
            throw translated != null ? translated : new UncategorizedSQLException("create assessment", null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
