package com.complianceportal.assessment.upstream;

import static com.complianceportal.assessment.upstream.RiseRows.or;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.ContactPerson;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.domain.StakeholderDetails;
import com.complianceportal.assessment.domain.Stakeholders;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Rise's stakeholders: in the list, who is assessed (with city and country), who asked and who executes; in the
 * detail, the same organisations with addresses, contact persons, and the executors' flags and roles.
 */
final class RiseParties {

    private static final Organisation NOBODY = new Organisation("", null, null, null);

    private RiseParties() {
    }

    static Stakeholders stakeholders(@Nullable JsonNode stakeholders) {
        JsonNode assessed = Json.object(stakeholders, "assessedOrg");
        JsonNode requester = Json.object(stakeholders, "requester");
        List<JsonNode> executors = objects(stakeholders, "executors");
        String lead = executors.stream().filter(e -> Json.flag(e, "isLead")).findFirst()
                .map(e -> organisation(e).displayName()).orElse(null);
        return new Stakeholders(assessed == null ? NOBODY : organisation(assessed), address(assessed),
                requester == null ? null : organisation(requester),
                executors.stream().map(RiseParties::organisation).toList(), lead,
                objects(stakeholders, "selectedPartners").stream().map(RiseParties::organisation).toList());
    }

    static StakeholderDetails details(@Nullable JsonNode stakeholders) {
        JsonNode assessed = Json.object(stakeholders, "assessedOrg");
        JsonNode requester = Json.object(stakeholders, "requester");
        return new StakeholderDetails(
                assessed == null ? new StakeholderDetails.Party(NOBODY, Address.NONE, List.of()) : party(assessed),
                requester == null ? null : party(requester),
                objects(stakeholders, "executors").stream().map(RiseParties::executor).toList(),
                objects(stakeholders, "selectedPartners").stream().map(RiseParties::party).toList());
    }

    static Organisation organisation(JsonNode org) {
        return new Organisation(or(Json.text(org, "id"), ""), Json.text(org, "name"), Json.text(org, "orgId"),
                Json.text(org, "type"));
    }

    private static StakeholderDetails.Party party(JsonNode org) {
        return new StakeholderDetails.Party(organisation(org), address(org), contacts(org));
    }

    private static StakeholderDetails.Executor executor(JsonNode org) {
        return new StakeholderDetails.Executor(party(org), Json.flag(org, "isLead"),
                Json.flag(org, "ableToSubmitAssessment"), Json.flag(org, "isPlaceholder"),
                Json.list(org, "assignedRoles", RiseParties::role));
    }

    /** A role as {@code {"name": ...}}, or just its name. */
    private static @Nullable String role(JsonNode role) {
        if (role.isObject()) {
            return Json.text(role, "name");
        }
        return role.isValueNode() && !role.asString().isBlank() ? role.asString().strip() : null;
    }

    private static Address address(@Nullable JsonNode org) {
        return org == null ? Address.NONE : new Address(Json.text(org, "address"), Json.text(org, "city"),
                Json.text(org, "postal"), Json.text(org, "province"), Json.text(org, "country"));
    }

    /** Contact persons; a phone number may come as a JSON number, and is shown as its digits. */
    private static List<ContactPerson> contacts(JsonNode org) {
        return Json.list(org, "contactPersons", person -> {
            String name = Json.text(person, "name");
            String email = Json.text(person, "email");
            String phone = Json.text(person, "phoneNumber", "phone");
            return name == null && email == null && phone == null ? null
                    : new ContactPerson(or(name, ""), Json.text(person, "title"), email, phone);
        });
    }

    private static List<JsonNode> objects(@Nullable JsonNode node, String field) {
        return Json.list(node, field, element -> element.isObject() ? element : null);
    }
}
