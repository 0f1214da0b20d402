package com.complianceportal.assessment.upstream;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.base.failure.SourceFailure;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * The two Rise endpoints the register reads, each call with the signed-in user's key: the search and one assessment by
 * its execution id with its CAPA details.
 */
final class RiseApi {

    static final String VENDOR = Upstream.RISE.label();
    static final String SEARCH = "/api/v1/assessments/search";
    static final String ONE = "/api/v1/assessments/";
    /** {@link #ONE} as the metrics name it. */
    static final String ONE_TEMPLATE = ONE + "{id}";
    /** Rise's "limit" must lie between 1 and 100 (its list response says so; its request says 1000). */
    static final int MAX_LIMIT = 100;
    /** What may go into the path: an execution id (a UUID) and nothing that could change the address. */
    static final Pattern PATH_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final VendorClient client;

    RiseApi(VendorClient client) {
        this.client = client;
    }

    /** POST /api/v1/assessments/search with {@code body}; the answer is {@code {data[], limit, offset, total}}. */
    JsonNode search(Map<String, Object> body) {
        return client.read(HttpMethod.POST, SEARCH, SEARCH, body);
    }

    /** GET /api/v1/assessments/{id}?capa_details=true: the {@code data} object, or empty when Rise knows none (404). */
    Optional<JsonNode> assessment(String executionId) {
        if (!PATH_ID.matcher(executionId).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Json.object(
                    client.read(HttpMethod.GET, ONE_TEMPLATE, ONE + executionId + "?capa_details=true", null), "data"));
        } catch (SourceFailure.Refused refused) {
            if (refused.status() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }
}
