package com.complianceportal.assessment.upstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The vendor's OpenAPI document of Rise (src/test/resources/upstream/rise-rsc-openapi.json) as Prism checks the portal
 * against it, read as the vendor means it where the document contradicts itself. It describes {@code assessment_status}
 * as "single value or comma-separated string" and gives "Submitted" as its example, but says so with a {@code oneOf}
 * whose two branches (the statuses, and a pattern of comma-separated statuses) both hold for a single status: read
 * strictly, no single status is valid, not even the document's own example. {@code anyOf} says what the description
 * says. Nothing else is changed; when the vendor changes that part of the document this fails, so that the reading is
 * looked at again.
 */
final class RiseOpenApi {

    static final Path DOCUMENT = Path.of("src", "test", "resources", "upstream", "rise-rsc-openapi.json");

    private RiseOpenApi() {
    }

    /** Writes the document as Prism is to read it to {@code target}; returns {@code target}. */
    static Path asMeant(Path project, Path target) {
        try {
            JsonNode document = Json.parse(Files.readString(project.resolve(DOCUMENT)));
            ObjectNode status = (ObjectNode) document.at("/components/schemas/V1AssessmentSearchRequest/properties"
                    + "/assessment_status");
            JsonNode branches = status.get("oneOf");
            if (branches == null || branches.size() != 2 || !branches.get(0).has("enum")
                    || !branches.get(1).has("pattern") || !"Submitted".equals(status.path("example").asString())) {
                throw new IllegalStateException("The vendor changed assessment_status in " + DOCUMENT
                        + ": check whether a single status is valid now and drop or adapt this reading");
            }
            status.set("anyOf", status.remove("oneOf"));
            Files.createDirectories(target.getParent());
            Files.writeString(target, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
