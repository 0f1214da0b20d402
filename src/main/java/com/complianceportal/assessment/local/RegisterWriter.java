package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.AssessmentDates;
import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.CapaDetail;
import com.complianceportal.assessment.domain.CapaSummary;
import com.complianceportal.assessment.domain.ContactPerson;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.domain.StakeholderDetails;
import com.complianceportal.assessment.domain.StakeholderDetails.Party;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes organisations and assessments with JDBC batches on one connection. The caller owns the connection and its
 * transaction; {@link #flush()} sends what is batched, {@link #close()} flushes and closes the statements.
 */
final class RegisterWriter implements AutoCloseable {

    private static final String INSERT_ASSESSMENT = """
            INSERT INTO assessment (id, assessment_id, case_id, report_id, status, assessment_type, reason,
                workflow_name, standard_name, standard_version, rating, score, score_percentage, findings_critical,
                findings_major, findings_minor, findings_observation, findings_other, issue_based, areas_to_improve,
                window_start, window_end, due_at, audit_start, audit_end, started_at, submitted_at, completed_at,
                reopened_at, updated_at, assessed_org_id, sort_org_name, country, requester_org_id,
                lead_executor_name, scheduling_status, capa_id, capa_status, capa_due_at, capa_created_at,
                capa_updated_at, capa_approved_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final PreparedStatement organisation;
    private final PreparedStatement contact;
    private final PreparedStatement assessment;
    private final PreparedStatement executor;
    private final PreparedStatement partner;
    private final PreparedStatement document;

    RegisterWriter(Connection connection) throws SQLException {
        organisation = connection.prepareStatement("INSERT INTO organisation (id, name, org_id, org_type, street, city,"
                + " postal, province, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        contact = connection.prepareStatement("INSERT INTO contact_person (organisation_id, position, name, title,"
                + " email, phone) VALUES (?, ?, ?, ?, ?, ?)");
        assessment = connection.prepareStatement(INSERT_ASSESSMENT);
        executor = connection.prepareStatement("INSERT INTO assessment_executor (assessment_id, position,"
                + " organisation_id, lead, able_to_submit, placeholder, assigned_roles) VALUES (?, ?, ?, ?, ?, ?, ?)");
        partner = connection.prepareStatement("INSERT INTO assessment_partner (assessment_id, position,"
                + " organisation_id) VALUES (?, ?, ?)");
        document = connection.prepareStatement("INSERT INTO assessment_document (assessment_id, description,"
                + " overall_comment, capa_labels, capa_areas, custom_fields) VALUES (?, ?, ?, ?, ?, ?)");
    }

    /** Batches an organisation with its address and contact persons. */
    void organisation(Party party) throws SQLException {
        Address a = party.address();
        set(organisation, party.organisation().id(), party.organisation().name(), party.organisation().orgId(),
                party.organisation().type(), a.street(), a.city(), a.postal(), a.province(), a.country());
        organisation.addBatch();
        int position = 0;
        for (ContactPerson c : party.contacts()) {
            set(contact, party.organisation().id(), position++, c.name(), c.title(), c.email(), c.phone());
            contact.addBatch();
        }
    }

    /** An assessment with its documents already turned into JSON (which another thread may do). */
    record Prepared(AssessmentDetail detail, @Nullable String labels, @Nullable String areas, @Nullable String fields) {
    }

    static Prepared prepare(AssessmentDetail detail) {
        CapaSummary capaSummary = detail.summary().capa();
        CapaDetail capa = detail.capa();
        Map<String, String> fields = detail.summary().customFields();
        return new Prepared(detail, capaSummary == null ? null : RegisterDocuments.write(capaSummary.labels()),
                capa == null ? null : RegisterDocuments.write(capa.areasToImprove()),
                fields.isEmpty() ? null : RegisterDocuments.write(fields));
    }

    /** Batches an assessment whose organisations are already written. */
    void assessment(AssessmentDetail detail) throws SQLException {
        assessment(prepare(detail));
    }

    void assessment(Prepared prepared) throws SQLException {
        AssessmentDetail detail = prepared.detail();
        AssessmentSummary s = detail.summary();
        AssessmentDates d = s.dates();
        StakeholderDetails k = detail.stakeholders();
        CapaDetail capa = detail.capa();
        CapaSummary capaSummary = s.capa();
        set(assessment, s.id(), s.assessmentId(), s.caseId(), s.reportId(), s.status(), s.type(), s.reason(),
                s.workflowName(), s.standard().name(), s.standard().version(), s.rating(), s.score(),
                s.scorePercentage(), findings(s, Severity.CRITICAL), findings(s, Severity.MAJOR),
                findings(s, Severity.MINOR), findings(s, Severity.OBSERVATION), findings(s, Severity.OTHER),
                !s.findings().isEmpty(), s.areasToImprove(), CalendarDates.startOf(d.windowStart()),
                CalendarDates.startOf(d.windowEnd()), CalendarDates.startOf(d.due()),
                CalendarDates.startOf(d.auditStart()), CalendarDates.startOf(d.auditEnd()), d.started(), d.submitted(), d.completed(), d.reopened(), s.updatedAt(),
                k.assessedOrg().organisation().id(), k.assessedOrg().organisation().displayName(),
                k.assessedOrg().address().country(),
                k.requester() == null ? null : k.requester().organisation().id(),
                s.stakeholders().leadExecutorName(), s.schedulingStatus(),
                capaSummary == null ? null : capaSummary.id(), capaSummary == null ? null : capaSummary.status(),
                capaSummary == null ? null : CalendarDates.startOf(capaSummary.dueDate()), capa == null ? null : capa.createdAt(),
                capa == null ? null : capa.updatedAt(), capa == null ? null : capa.approvedAt());
        assessment.addBatch();
        int position = 0;
        for (StakeholderDetails.Executor e : k.executors()) {
            set(executor, s.id(), position++, e.party().organisation().id(), e.lead(), e.ableToSubmit(),
                    e.placeholder(), String.join(";", e.assignedRoles()));
            executor.addBatch();
        }
        position = 0;
        for (Party p : k.selectedPartners()) {
            set(partner, s.id(), position++, p.organisation().id());
            partner.addBatch();
        }
        set(document, s.id(), detail.description(), detail.overallComment(), prepared.labels(), prepared.areas(),
                prepared.fields());
        document.addBatch();
    }

    /** Sends every batched row, parents before children. */
    void flush() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {organisation, contact, assessment, executor,
                partner, document}) {
            statement.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            for (PreparedStatement statement : new PreparedStatement[] {organisation, contact, assessment, executor,
                    partner, document}) {
                statement.close();
            }
        }
    }

    private static int findings(AssessmentSummary s, Severity severity) {
        return s.findings().stream().filter(f -> f.severity() == severity).mapToInt(FindingCount::count).sum();
    }

    private static void set(PreparedStatement statement, @Nullable Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof OffsetDateTime time) {
                statement.setObject(i + 1, time, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
