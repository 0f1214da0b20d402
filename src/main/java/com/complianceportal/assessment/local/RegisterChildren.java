package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.CapaSummary;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.domain.StakeholderDetails;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The per-assessment lists (executors, partners, CAPA labels, custom fields) of a batch of assessments, read with
 * one query each instead of one per row.
 */
final class RegisterChildren {

    static final RegisterChildren NONE = new RegisterChildren(Map.of(), Map.of(), Map.of(), Map.of());

    /** An executor row: its organisation, address and flags. */
    record ExecutorRow(Organisation organisation, Address address, boolean lead, boolean ableToSubmit,
            boolean placeholder, List<String> roles) {
    }

    /** A partner row: its organisation and address. */
    record PartnerRow(Organisation organisation, Address address) {
    }

    private final Map<String, List<ExecutorRow>> executors;
    private final Map<String, List<PartnerRow>> partners;
    private final Map<String, List<CapaSummary.Label>> labels;
    private final Map<String, Map<String, String>> customFields;

    private RegisterChildren(Map<String, List<ExecutorRow>> executors, Map<String, List<PartnerRow>> partners,
            Map<String, List<CapaSummary.Label>> labels, Map<String, Map<String, String>> customFields) {
        this.executors = executors;
        this.partners = partners;
        this.labels = labels;
        this.customFields = customFields;
    }

    static RegisterChildren load(JdbcClient jdbc, Collection<String> ids) {
        if (ids.isEmpty()) {
            return NONE;
        }
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(", ", "(", ")"));
        List<Object> params = List.copyOf(ids);
        Map<String, List<ExecutorRow>> executors = new HashMap<>();
        jdbc.sql("SELECT e.*, " + ORG_COLUMNS + " FROM assessment_executor e JOIN organisation g"
                + " ON g.id = e.organisation_id WHERE e.assessment_id IN " + in + " ORDER BY e.assessment_id, e.position")
                .params(params).query((ResultSet rs) -> {
                    executors.computeIfAbsent(rs.getString("assessment_id"), k -> new java.util.ArrayList<>())
                            .add(new ExecutorRow(organisation(rs), address(rs), rs.getBoolean("lead"),
                                    rs.getBoolean("able_to_submit"), rs.getBoolean("placeholder"),
                                    roles(rs.getString("assigned_roles"))));
                });
        Map<String, List<PartnerRow>> partners = new HashMap<>();
        jdbc.sql("SELECT p.assessment_id, " + ORG_COLUMNS + " FROM assessment_partner p JOIN organisation g"
                + " ON g.id = p.organisation_id WHERE p.assessment_id IN " + in + " ORDER BY p.assessment_id, p.position")
                .params(params).query((ResultSet rs) -> {
                    partners.computeIfAbsent(rs.getString("assessment_id"), k -> new java.util.ArrayList<>())
                            .add(new PartnerRow(organisation(rs), address(rs)));
                });
        Map<String, List<CapaSummary.Label>> labels = new HashMap<>();
        Map<String, Map<String, String>> fields = new HashMap<>();
        jdbc.sql("SELECT assessment_id, capa_labels, custom_fields FROM assessment_document WHERE assessment_id IN "
                + in).params(params).query((ResultSet rs) -> {
                    String id = rs.getString("assessment_id");
                    labels.put(id, RegisterDocuments.labels(rs.getString("capa_labels")));
                    fields.put(id, RegisterDocuments.customFields(rs.getString("custom_fields")));
                });
        return new RegisterChildren(executors, partners, labels, fields);
    }

    /** Organisation columns of alias {@code g}, as read by {@link #organisation} and {@link #address}. */
    static final String ORG_COLUMNS = "g.id AS g_id, g.name AS g_name, g.org_id AS g_org_id, g.org_type AS g_type,"
            + " g.street AS g_street, g.city AS g_city, g.postal AS g_postal, g.province AS g_province,"
            + " g.country AS g_country";

    static Organisation organisation(ResultSet rs) throws SQLException {
        return new Organisation(rs.getString("g_id"), rs.getString("g_name"), rs.getString("g_org_id"),
                rs.getString("g_type"));
    }

    static Address address(ResultSet rs) throws SQLException {
        return new Address(rs.getString("g_street"), rs.getString("g_city"), rs.getString("g_postal"),
                rs.getString("g_province"), rs.getString("g_country"));
    }

    private static List<String> roles(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    List<Organisation> executorOrganisations(String id) {
        return executors(id).stream().map(ExecutorRow::organisation).toList();
    }

    List<ExecutorRow> executors(String id) {
        return executors.getOrDefault(id, List.of());
    }

    List<Organisation> partnerOrganisations(String id) {
        return partners(id).stream().map(PartnerRow::organisation).toList();
    }

    List<PartnerRow> partners(String id) {
        return partners.getOrDefault(id, List.of());
    }

    List<CapaSummary.Label> labels(String id) {
        return labels.getOrDefault(id, List.of());
    }

    Map<String, String> customFields(String id) {
        return customFields.getOrDefault(id, Map.of());
    }

    /** The full executor card of {@code row}, with its organisation, address and contacts as {@code party}. */
    static StakeholderDetails.Executor executor(ExecutorRow row, StakeholderDetails.Party party) {
        return new StakeholderDetails.Executor(party, row.lead(), row.ableToSubmit(), row.placeholder(), row.roles());
    }
}
