package com.complianceportal.assessment.upstream;

import com.complianceportal.shared.Secret;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Maxsight's v5 endpoints that the portal uses. The configured address names the region and normally ends in
 * {@code /v5} ({@code https://{region}/v5}); an address without it gets it added.
 */
@Component
@ConditionalOnProperty(name = "portal.source", havingValue = "upstream")
class MaxsightApi {

    /** Outcome ids go into the path as they are; anything else is not asked for. */
    private static final Pattern PATH_SAFE = Pattern.compile("[A-Za-z0-9._~-]{1,100}");
    private static final String TEMPLATES = "/v5/assessments/templates";

    private final VendorClient client;
    private final String v5;

    MaxsightApi(VendorClients clients, UpstreamProperties settings) {
        this.client = clients.maxsight();
        this.v5 = settings.maxsight().baseUrl().replaceAll("/+$", "").endsWith("/v5") ? "" : "/v5";
    }

    JsonNode entities() {
        return client.read(HttpMethod.GET, "/v5/entities", v5 + "/entities", null);
    }

    JsonNode templates() {
        return client.read(HttpMethod.GET, TEMPLATES, v5 + "/assessments/templates", null);
    }

    /** The templates with the key given: a cheap authenticated read that tests a key. */
    JsonNode templates(Secret key) {
        return client.readWith(key, HttpMethod.GET, TEMPLATES, v5 + "/assessments/templates", null);
    }

    static boolean isOutcomeId(String id) {
        return PATH_SAFE.matcher(id).matches();
    }

    JsonNode outcome(String id) {
        if (!isOutcomeId(id)) {
            throw new IllegalArgumentException("Not an outcome id: " + id);
        }
        return client.read(HttpMethod.GET, "/v5/outcomes/{id}", v5 + "/outcomes/" + id, null);
    }

    /** Creates the assessment and starts its workflow: sent once, never retried. */
    JsonNode create(UUID entityId, UUID templateId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("entity_id", entityId.toString());
        body.put("template_id", templateId.toString());
        return client.write("/v5/assessments", v5 + "/assessments", body);
    }
}
