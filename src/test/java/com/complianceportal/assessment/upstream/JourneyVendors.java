package com.complianceportal.assessment.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.complianceportal.apikey.domain.Upstream;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Rise and Maxsight for the upstream journey, each a WireMock server of its own (so each has its own request journal),
 * answering only the one key each stub names: a call with another user's key, or with none, matches nothing.
 */
public final class JourneyVendors implements AutoCloseable {

    public static final String SEARCH = RiseApi.SEARCH;
    public static final String ENTITIES = "/v5/entities";
    public static final String TEMPLATES = "/v5/assessments/templates";
    public static final String CREATE = "/v5/assessments";
    public static final String RISE_HEADER = Upstream.RISE.header();
    public static final String MAXSIGHT_HEADER = Upstream.MAXSIGHT.header();
    /** An organisation name that would be an element (and run script) if it were ever put into the page as HTML. */
    public static final String MARKUP_ORG = "<img src=x onerror=alert(1)>";
    public static final long TOTAL = 1_234;
    /** What the journey searches for, and how many assessments Rise finds for it. */
    public static final String SEARCHED = "Textiles";
    public static final long FOUND = 17;
    /** The first row found, the one the journey opens. */
    public static final String OPENED_ID = "300101-1";
    public static final String OPENED_EXECUTION = "exec-300101";
    public static final String ENTITY = "Jade Valley Textiles";
    public static final String TEMPLATE = "Environmental Audit 6.1 – Verification";
    public static final String WORKFLOW_ID = "497f6eca-6276-4993-bfeb-53cbbbba6f08";

    private static final int PAGE = 50;

    private final WireMockServer rise = new WireMockServer(options().dynamicPort().containerThreads(20));
    private final WireMockServer maxsight = new WireMockServer(options().dynamicPort().containerThreads(20));

    public JourneyVendors() {
        rise.start();
        maxsight.start();
    }

    public WireMockServer rise() {
        return rise;
    }

    public WireMockServer maxsight() {
        return maxsight;
    }

    public String riseUrl() {
        return rise.baseUrl();
    }

    /** Maxsight's address as configured in production: {@code https://{region}/v5}. */
    public String maxsightUrl() {
        return maxsight.baseUrl() + "/v5";
    }

    /** No stubs, no recorded requests. */
    public void reset() {
        rise.resetAll();
        maxsight.resetAll();
    }

    /**
     * The register of the holder of {@code key}: {@link #TOTAL} rows in pages of 50 (the first row's organisation is
     * {@link #MARKUP_ORG}), {@link #FOUND} of them found by a search for {@link #SEARCHED}, and the detail of
     * {@link #OPENED_ID}.
     */
    public void riseRegisterFor(String key) {
        rise.stubFor(search(key).atPriority(9).willReturn(okJson(page(0, PAGE, TOTAL, 300_001, "Organisation"))));
        for (int offset = PAGE; offset < TOTAL; offset += PAGE) {
            int rows = (int) Math.min(PAGE, TOTAL - offset);
            rise.stubFor(search(key).atPriority(5).withRequestBody(matchingJsonPath("$.offset", equalTo("" + offset)))
                    .willReturn(okJson(page(offset, rows, TOTAL, 300_001, "Organisation"))));
        }
        rise.stubFor(search(key).atPriority(1).withRequestBody(matchingJsonPath("$.search", equalTo(SEARCHED)))
                .willReturn(okJson(page(0, (int) FOUND, FOUND, 300_101, SEARCHED + " Mill"))));
        rise.stubFor(get(urlPathEqualTo(RiseApi.ONE + OPENED_EXECUTION))
                .withQueryParam("capa_details", equalTo("true")).withHeader(RISE_HEADER, equalTo(key))
                .willReturn(okJson(RiseStub.example("detail-example.json")
                        .replace("5c40e755-3ab0-4fa9-9a44-f76a95f0e87d", OPENED_EXECUTION)
                        .replace("100000-2", OPENED_ID).replace("100000", "300101")
                        .replace("Saigon Garments Factory", MARKUP_ORG))));
    }

    /** Every search of the holder of {@code key} answered with {@code answer}, before the register's own stubs. */
    public StubMapping riseSearchesAnswer(String key, ResponseDefinitionBuilder answer) {
        return rise.stubFor(search(key).atPriority(0).willReturn(answer));
    }

    /** The pickers and the create of the holder of {@code key}: one entity among others, two templates. */
    public void maxsightFor(String key) {
        maxsight.stubFor(get(ENTITIES).withHeader(MAXSIGHT_HEADER, equalTo(key)).willReturn(okJson("""
                {"data": [{"id": "8161163a-f227-466f-bc01-090a01e80165", "name": "%s", "org_id": "E-500012",
                           "type": "Factory", "country": "CN"},
                          {"id": "2d3c9a5e-4f7b-4a6e-9d1c-000000000003", "name": "Atlas Dyeing", "country": "BD"}]}"""
                .formatted(ENTITY))));
        maxsight.stubFor(get(TEMPLATES).withHeader(MAXSIGHT_HEADER, equalTo(key)).willReturn(okJson("""
                [{"id": "c6d67e98-83ea-49f0-8812-e4abae2b68bc", "name": "%s",
                  "description": "On-site verification", "assessment_type": "Verification Assessment",
                  "standard_name": "Environmental Audit", "standard_version": "6.1", "workflow_name": "Verification"},
                 {"id": "0b4a4b0e-1a53-4a43-9c4c-7d7d5c8a1f03", "name": "Desk review"}]""".formatted(TEMPLATE))));
        maxsight.stubFor(post(CREATE).withHeader(MAXSIGHT_HEADER, equalTo(key))
                .willReturn(okJson("""
                        {"id": "%s", "created_at": "2026-11-29T10:00:00Z", "workflow_state": "Active",
                         "entity_id": "8161163a-f227-466f-bc01-090a01e80165",
                         "template_id": "c6d67e98-83ea-49f0-8812-e4abae2b68bc",
                         "outcome_id": "0323e489-6bf9-4b68-9c8d-5674f46921e4", "status_id": "s",
                         "institution_id": "i", "workflow_instance_id": "w"}""".formatted(WORKFLOW_ID))
                        .withStatus(201)));
        maxsight.stubFor(get("/v5/outcomes/0323e489-6bf9-4b68-9c8d-5674f46921e4")
                .withHeader(MAXSIGHT_HEADER, equalTo(key)).willReturn(okJson("{\"name\": \"Pending\"}")));
    }

    /** The value of the key header of every request the server received, in order ("none" where it had none). */
    public static List<String> keysSent(WireMockServer server, String header) {
        List<ServeEvent> events = server.getAllServeEvents().reversed();
        return events.stream().map(e -> e.getRequest().containsHeader(header)
                ? e.getRequest().getHeader(header) : "none").toList();
    }

    @Override
    public void close() {
        rise.stop();
        maxsight.stop();
    }

    private static MappingBuilder search(String key) {
        return post(urlPathEqualTo(SEARCH)).withHeader(RISE_HEADER, equalTo(key));
    }

    /**
     * A search answer: {@code count} rows from {@code offset} on, of {@code total}, case numbers from {@code first};
     * the organisations are {@code org} and the case number, but the very first is {@link #MARKUP_ORG}.
     */
    private static String page(long offset, int count, long total, long first, String org) {
        String rows = IntStream.range(0, count).mapToObj(i -> row(first + offset + i, offset + i == 0
                ? MARKUP_ORG : org + " " + (first + offset + i))).collect(Collectors.joining(","));
        return "{\"data\":[" + rows + "],\"limit\":" + Math.max(1, count) + ",\"offset\":" + offset + ",\"total\":"
                + total + "}";
    }

    private static String row(long caseId, String org) {
        return """
                {"id":"exec-%1$d","assessmentId":"%1$d-1","caseId":%1$d,"status":"In Progress","type":"Self Assessment",
                 "standard":{"name":"Environmental Audit","version":"6.1"},"rating":"Good","score":"8/10",
                 "scoreInPercentage":"80%%","assessmentDueDate":"2026-12-%2$02dT00:00:00.000000+00:00",
                 "stakeholders":{"assessedOrg":{"id":"o-%1$d","name":"%3$s","city":"Lyon","country":"FR"}},
                 "updatedDate":"2026-11-20T10:00:00Z"}""".formatted(caseId, 1 + caseId % 28, org);
    }
}
