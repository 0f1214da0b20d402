package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.AssessmentDates;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.CapaSummary;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.domain.Stakeholders;
import com.complianceportal.assessment.domain.Standard;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Maps rows of {@link #SELECT} to register records; the per-assessment lists come from {@link RegisterChildren}. */
final class RegisterRows {

    /** Assessments from {@code from} (alias {@code a}) with assessed organisation ({@code o_}) and requester ({@code r_}). */
    static String select(String from) {
        return """
                SELECT a.*, o.name AS o_name, o.org_id AS o_org_id, o.org_type AS o_type, o.street AS o_street,
                       o.city AS o_city, o.postal AS o_postal, o.province AS o_province, o.country AS o_country,
                       r.id AS r_id, r.name AS r_name, r.org_id AS r_org_id, r.org_type AS r_type
                  FROM %s
                  JOIN organisation o ON o.id = a.assessed_org_id
                  LEFT JOIN organisation r ON r.id = a.requester_org_id""".formatted(from);
    }

    /** The whole table, for reads by id. */
    static final String SELECT = select("assessment a");

    /** As {@link #SELECT}, with the assessment's texts and documents. */
    static final String SELECT_WITH_DOCUMENT = SELECT.replace("SELECT a.*,", "SELECT a.*, d.description,"
            + " d.overall_comment, d.capa_areas,") + " LEFT JOIN assessment_document d ON d.assessment_id = a.id";

    private RegisterRows() {
    }

    static AssessmentSummary summary(ResultSet rs, RegisterChildren children) throws SQLException {
        String id = rs.getString("id");
        Organisation assessed = new Organisation(rs.getString("assessed_org_id"), rs.getString("o_name"),
                rs.getString("o_org_id"), rs.getString("o_type"));
        Address address = new Address(rs.getString("o_street"), rs.getString("o_city"), rs.getString("o_postal"),
                rs.getString("o_province"), rs.getString("o_country"));
        String requesterId = rs.getString("r_id");
        Organisation requester = requesterId == null ? null
                : new Organisation(requesterId, rs.getString("r_name"), rs.getString("r_org_id"), rs.getString("r_type"));
        Stakeholders stakeholders = new Stakeholders(assessed, address, requester, children.executorOrganisations(id),
                rs.getString("lead_executor_name"), children.partnerOrganisations(id));
        String capaId = rs.getString("capa_id");
        CapaSummary capa = capaId == null ? null
                : new CapaSummary(capaId, rs.getString("capa_status"), children.labels(id),
                        CalendarDates.read(rs, "capa_due_at"));
        return new AssessmentSummary(id, rs.getString("assessment_id"), rs.getString("case_id"),
                rs.getString("report_id"), rs.getString("status"), rs.getString("assessment_type"),
                rs.getString("reason"), rs.getString("workflow_name"),
                new Standard(rs.getString("standard_name"), rs.getString("standard_version")), rs.getString("rating"),
                rs.getString("score"), integer(rs, "score_percentage"), findings(rs), rs.getInt("areas_to_improve"),
                dates(rs), stakeholders, capa, rs.getString("scheduling_status"), time(rs, "updated_at"),
                children.customFields(id));
    }

    /** {@code summary} read without its lists, completed with them from {@code children}. */
    static AssessmentSummary withChildren(AssessmentSummary s, RegisterChildren children) {
        String id = s.id();
        Stakeholders k = s.stakeholders();
        Stakeholders stakeholders = new Stakeholders(k.assessedOrg(), k.assessedAddress(), k.requester(),
                children.executorOrganisations(id), k.leadExecutorName(), children.partnerOrganisations(id));
        CapaSummary capa = s.capa() == null ? null
                : new CapaSummary(s.capa().id(), s.capa().status(), children.labels(id), s.capa().dueDate());
        return new AssessmentSummary(id, s.assessmentId(), s.caseId(), s.reportId(), s.status(), s.type(), s.reason(),
                s.workflowName(), s.standard(), s.rating(), s.score(), s.scorePercentage(), s.findings(),
                s.areasToImprove(), s.dates(), stakeholders, capa, s.schedulingStatus(), s.updatedAt(),
                children.customFields(id));
    }

    static List<FindingCount> findings(ResultSet rs) throws SQLException {
        List<FindingCount> findings = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            int count = rs.getInt(RegisterQuerySql.findingColumn(severity));
            if (count > 0) {
                findings.add(new FindingCount(severity, count));
            }
        }
        return findings;
    }

    static AssessmentDates dates(ResultSet rs) throws SQLException {
        return new AssessmentDates(CalendarDates.read(rs, "window_start"), CalendarDates.read(rs, "window_end"),
                CalendarDates.read(rs, "due_at"), CalendarDates.read(rs, "audit_start"),
                CalendarDates.read(rs, "audit_end"), time(rs, "started_at"), time(rs, "submitted_at"),
                time(rs, "completed_at"), time(rs, "reopened_at"));
    }

    static @Nullable OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
