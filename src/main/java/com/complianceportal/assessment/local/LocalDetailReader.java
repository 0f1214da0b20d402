package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.CapaDetail;
import com.complianceportal.assessment.domain.ContactPerson;
import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.domain.StakeholderDetails;
import com.complianceportal.assessment.domain.StakeholderDetails.Party;
import com.complianceportal.assessment.domain.WorkflowError;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads one assessment with its full stakeholder cards and CAPA plan. */
final class LocalDetailReader {

    private final JdbcClient jdbc;
    private final LocalCreatedRecords records;

    LocalDetailReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.records = new LocalCreatedRecords(jdbc);
    }

    /** By the internal id or by the assessment id users see; both are unique and indexed. */
    Optional<AssessmentDetail> find(String idOrAssessmentId) {
        return jdbc.sql("SELECT id FROM assessment WHERE id = :key UNION SELECT id FROM assessment"
                + " WHERE assessment_id = :key").param("key", idOrAssessmentId).query(String.class).list().stream()
                .findFirst().flatMap(this::read);
    }

    private Optional<AssessmentDetail> read(String id) {
        RegisterChildren children = RegisterChildren.load(jdbc, List.of(id));
        // An assessment whose create aborted keeps the workflow's error in its vendor record.
        WorkflowError error = records.byId(id).map(CreatedAssessment::error).orElse(null);
        List<AssessmentDetail> found = new ArrayList<>();
        jdbc.sql(RegisterRows.SELECT_WITH_DOCUMENT + " WHERE a.id = ?").param(id).query((ResultSet rs) -> {
            AssessmentSummary summary = RegisterRows.summary(rs, children);
            found.add(new AssessmentDetail(summary, rs.getString("description"), rs.getString("overall_comment"),
                    stakeholders(summary, children), summary.capa() == null ? null : capa(summary, rs), error));
        });
        return found.stream().findFirst();
    }

    private StakeholderDetails stakeholders(AssessmentSummary summary, RegisterChildren children) {
        String id = summary.id();
        Set<String> orgIds = new LinkedHashSet<>();
        orgIds.add(summary.stakeholders().assessedOrg().id());
        if (summary.stakeholders().requester() != null) {
            orgIds.add(summary.stakeholders().requester().id());
        }
        children.executors(id).forEach(e -> orgIds.add(e.organisation().id()));
        children.partners(id).forEach(p -> orgIds.add(p.organisation().id()));
        Map<String, List<ContactPerson>> contacts = contacts(orgIds);
        Organisation requester = summary.stakeholders().requester();
        return new StakeholderDetails(
                party(summary.stakeholders().assessedOrg(), summary.stakeholders().assessedAddress(), contacts),
                requester == null ? null : party(requester, address(requester.id()), contacts),
                children.executors(id).stream()
                        .map(e -> RegisterChildren.executor(e, party(e.organisation(), e.address(), contacts)))
                        .toList(),
                children.partners(id).stream().map(p -> party(p.organisation(), p.address(), contacts)).toList());
    }

    private static Party party(Organisation organisation, Address address, Map<String, List<ContactPerson>> contacts) {
        return new Party(organisation, address, contacts.getOrDefault(organisation.id(), List.of()));
    }

    private Address address(String organisationId) {
        return jdbc.sql("SELECT * FROM organisation WHERE id = ?").param(organisationId)
                .query((rs, n) -> new Address(rs.getString("street"), rs.getString("city"), rs.getString("postal"),
                        rs.getString("province"), rs.getString("country")))
                .optional().orElse(Address.NONE);
    }

    private Map<String, List<ContactPerson>> contacts(Set<String> organisationIds) {
        String in = organisationIds.stream().map(x -> "?").collect(Collectors.joining(", "));
        Map<String, List<ContactPerson>> contacts = new HashMap<>();
        jdbc.sql("SELECT * FROM contact_person WHERE organisation_id IN (" + in + ") ORDER BY organisation_id, position")
                .params(List.<Object>copyOf(organisationIds)).query((ResultSet rs) -> {
                    contacts.computeIfAbsent(rs.getString("organisation_id"), k -> new ArrayList<>())
                            .add(new ContactPerson(rs.getString("name"), rs.getString("title"), rs.getString("email"),
                                    rs.getString("phone")));
                });
        return contacts;
    }

    private static CapaDetail capa(AssessmentSummary summary, ResultSet row) throws java.sql.SQLException {
        List<CapaDetail.AreaToImprove> areas = RegisterDocuments.areas(row.getString("capa_areas"));
        return new CapaDetail(summary.capa(), RegisterRows.time(row, "capa_created_at"),
                RegisterRows.time(row, "capa_updated_at"), RegisterRows.time(row, "capa_approved_at"), areas);
    }
}
