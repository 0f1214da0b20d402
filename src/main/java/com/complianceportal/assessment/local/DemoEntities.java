package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.ContactPerson;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.domain.StakeholderDetails.Party;
import com.complianceportal.assessment.local.DemoVocabulary.Country;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/** The demo entities: the same 40 sites on every start; the first id is the one in the vendor's own example. */
final class DemoEntities {

    static final int COUNT = 40;
    static final String FIRST_ID = "8161163a-f227-466f-bc01-090a01e80165";
    private static final List<String> TYPES = List.of("Factory", "Factory", "Factory", "Mill", "Tannery", "Warehouse",
            "Dye house", "Packaging plant");

    /** An entity's id and its site (organisation, address, contact). */
    record Entity(String id, Party site) {
    }

    private DemoEntities() {
    }

    static List<Entity> generate() {
        SplittableRandom random = new SplittableRandom(5_2026L);
        Set<String> names = new HashSet<>();
        List<Entity> entities = new ArrayList<>();
        while (entities.size() < COUNT) {
            String name = pick(random, DemoVocabulary.NAME_FIRST) + " " + pick(random, DemoVocabulary.NAME_SECOND) + " "
                    + pick(random, DemoVocabulary.NAME_KIND) + " " + pick(random, DemoVocabulary.LEGAL);
            if (!names.add(name)) {
                continue;
            }
            int i = entities.size();
            Country country = pick(random, DemoVocabulary.COUNTRIES);
            int city = random.nextInt(country.cities().size());
            String first = pick(random, DemoVocabulary.FIRST_NAMES);
            String last = pick(random, DemoVocabulary.LAST_NAMES);
            ContactPerson contact = new ContactPerson(first + " " + last, "Compliance Manager",
                    (first + "." + last).toLowerCase(Locale.ROOT) + "@site" + i + ".example",
                    country.dialCode() + " " + (200 + random.nextInt(800)) + " " + (1000 + random.nextInt(9000)));
            Address address = new Address((1 + random.nextInt(400)) + " " + pick(random, DemoVocabulary.NAME_SECOND)
                    + " Road", country.cities().get(city), String.valueOf(10_000 + random.nextInt(89_999)),
                    country.provinces().get(city), country.code());
            Organisation organisation = new Organisation(uuid("demo-entity-organisation-" + i), name,
                    "E-" + (500_000 + i), pick(random, TYPES));
            entities.add(new Entity(i == 0 ? FIRST_ID : uuid("demo-entity-" + i),
                    new Party(organisation, address, List.of(contact))));
        }
        return entities;
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
