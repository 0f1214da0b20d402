package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.EntityOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maxsight's entities (GET /v5/entities, body not documented) as the entity picker lists them, and the picker's search
 * over them: name, type, country (name or code) or the organisation's own id contains the words typed, in any case.
 */
final class MaxsightEntities {

    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());
    private static final Comparator<EntityOption> BY_NAME = Comparator
            .comparing((EntityOption e) -> e.name().toLowerCase(Locale.ROOT)).thenComparing(EntityOption::id);

    private MaxsightEntities() {
    }

    /** Every entity of the answer, by name; an entry without a usable id cannot be assessed and is left out. */
    static List<EntityOption> read(JsonNode answer) {
        return Json.wrappedList(answer, MaxsightEntities::entity).stream().sorted(BY_NAME).toList();
    }

    static @Nullable EntityOption entity(JsonNode e) {
        UUID id = Fields.uuid(Fields.text(e, "id", "entity_id", "entityId", "uuid"));
        if (id == null) {
            return null;
        }
        String orgId = Fields.text(e, "org_id", "orgId", "organisation_id", "organization_id", "organisationId",
                "organizationId", "external_id", "externalId", "reference", "code", "organisation.org_id",
                "organization.org_id", "organization.orgId");
        String name = Fields.text(e, "name", "entity_name", "entityName", "display_name", "displayName",
                "legal_name", "legalName", "title", "organisation.name", "organization.name");
        String type = Fields.text(e, "type", "entity_type", "entityType", "kind", "category", "type.name",
                "entity_type.name", "entityType.name");
        String country = Fields.text(e, "country_code", "countryCode", "country.code", "country.iso_code", "country",
                "country.name", "address.country_code", "address.countryCode", "address.country",
                "address.country.code", "address.country.name", "location.country_code", "location.country");
        return new EntityOption(id, name != null ? name : orgId != null ? orgId : "Unnamed entity",
                id.toString().equals(orgId) ? null : orgId, type, country);
    }

    /**
     * Whether the entity's name, type, country or own id contains {@code filter}; from three letters on, the English
     * name of a country code counts too ("china" finds CN), as in local mode.
     */
    static Predicate<EntityOption> matching(String filter) {
        String wanted = filter.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return e -> true;
        }
        boolean names = wanted.length() >= 3;
        return e -> Stream.of(e.name(), e.type(), e.country(), names ? countryName(e.country()) : null, e.orgId())
                .filter(Objects::nonNull).anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static @Nullable String countryName(@Nullable String code) {
        String upper = code == null ? "" : code.toUpperCase(Locale.ROOT);
        return COUNTRY_CODES.contains(upper) ? Locale.of("", upper).getDisplayCountry(Locale.ENGLISH) : null;
    }
}
