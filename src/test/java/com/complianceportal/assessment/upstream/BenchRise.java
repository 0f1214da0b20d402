package com.complianceportal.assessment.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rise's search for the upstream benchmark: WireMock answers every search with one page of {@value #ROWS} rows (the
 * seed's example row, each with an id of its own) and a total of {@value #TOTAL}, after a fixed delay, and counts the
 * searches it answered. Responses are delayed without holding a server thread. The stub does only what a server
 * must: no request journal, no log of each request (WireMock writes the whole answer into it), and no gzip (the same
 * bytes for every client; the portal's client asks for gzip, a plain one does not).
 */
final class BenchRise implements AutoCloseable {

    static final int ROWS = 50;
    static final long TOTAL = 12_345;

    private final LongAdder searches = new LongAdder();
    private final WireMockServer server;
    private final String page = page();

    BenchRise(int delayMillis) {
        server = new WireMockServer(options().dynamicPort().containerThreads(128).asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(8).disableRequestJournal().stubRequestLoggingDisabled(true)
                .gzipDisabled(true).extensions(new Counter(searches)));
        server.start();
        server.stubFor(post(urlPathEqualTo(RiseApi.SEARCH)).willReturn(okJson(page).withFixedDelay(delayMillis)));
    }

    String baseUrl() {
        return server.baseUrl();
    }

    /** Searches answered so far. */
    long searches() {
        return searches.sum();
    }

    int pageBytes() {
        return page.length();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The seed's example row {@value #ROWS} times, as case numbers 200000 and up, in a page with a total. */
    static String page() {
        JsonNode example = Json.parse(RiseStub.example("search-example.json")).get("data").get(0);
        ObjectNode answer = Json.MAPPER.createObjectNode();
        ArrayNode data = answer.putArray("data");
        for (int i = 0; i < ROWS; i++) {
            ObjectNode row = (ObjectNode) example.deepCopy();
            long caseId = 200_000 + i;
            row.put("id", "5c40e755-3ab0-4fa9-9a44-%012d".formatted(caseId));
            row.put("assessmentId", caseId + "-1");
            row.put("caseId", caseId);
            data.add(row);
        }
        answer.put("limit", ROWS).put("offset", 0).put("total", TOTAL);
        return Json.MAPPER.writeValueAsString(answer);
    }

    /** Counts every request served. */
    private record Counter(LongAdder served) implements ServeEventListener {

        @Override
        public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
            served.increment();
        }

        @Override
        public String getName() {
            return "bench-counter";
        }
    }
}
