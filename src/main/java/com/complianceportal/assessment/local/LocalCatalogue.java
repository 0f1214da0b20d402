package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.Organisation;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Entities and templates as a create needs them. */
final class LocalCatalogue {

    /** An entity with its organisation, which becomes the assessed organisation of the register row. */
    record Entity(String id, String type, Organisation organisation, Address address) {
        String organisationId() {
            return organisation.id();
        }
    }

    /** A template with what a create copies from it; a retired template's workflow cannot start. */
    record Template(String id, String name, String assessmentType, String standardName,
            @Nullable String standardVersion, String workflowName, boolean retired) {
    }

    private LocalCatalogue() {
    }

    /** The entity, locked for the rest of the transaction so that creates for one entity take turns. */
    static Optional<Entity> lockedEntity(JdbcClient jdbc, UUID id) {
        Optional<String> locked = jdbc.sql("SELECT id FROM assessed_entity WHERE id = ? FOR UPDATE")
                .param(id.toString()).query(String.class).optional();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT e.id, e.entity_type, o.id AS o_id, o.name, o.org_id, o.org_type, o.street, o.city, o.postal,
                       o.province, o.country
                  FROM assessed_entity e JOIN organisation o ON o.id = e.organisation_id WHERE e.id = ?""")
                .param(id.toString())
                .query((rs, n) -> new Entity(rs.getString("id"), rs.getString("entity_type"),
                        new Organisation(rs.getString("o_id"), rs.getString("name"), rs.getString("org_id"),
                                rs.getString("org_type")),
                        new Address(rs.getString("street"), rs.getString("city"), rs.getString("postal"),
                                rs.getString("province"), rs.getString("country"))))
                .optional();
    }

    static Optional<Template> template(JdbcClient jdbc, UUID id) {
        return jdbc.sql("SELECT * FROM assessment_template WHERE id = ?").param(id.toString())
                .query((rs, n) -> new Template(rs.getString("id"), rs.getString("name"),
                        rs.getString("assessment_type"), rs.getString("standard_name"),
                        rs.getString("standard_version"), rs.getString("workflow_name"), rs.getBoolean("retired")))
                .optional();
    }
}
