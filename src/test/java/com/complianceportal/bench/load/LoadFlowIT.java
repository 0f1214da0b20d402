package com.complianceportal.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The load generator still speaks the portal's protocol: its requests have the shape of a real Chromium's on the same
 * flow (recorded here as a HAR), and two users side by side get through the flow with every check passing. No timing
 * is asserted; the figures come from {@code ./portal bench-all}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadFlowIT {

    private static final String SEARCH = "Textiles";

    @LocalServerPort
    int port;

    @Test
    void sendsTheSameRequestsAsChromiumOnTheSameFlow() throws Exception {
        Path har = Files.createTempFile("flow", ".har");
        try {
            BrowserFlow.record(baseUrl(), "viewer", "viewer", SEARCH, har);
            List<List<String>> browser = withoutTrailingFocus(RpcSignature.ofHar(har));
            List<List<String>> generator = Collections.synchronizedList(new ArrayList<>());

            LoadReport report = LoadGenerator.run(settings(1), generator::add);

            assertThat(report.errors()).as("errors: %s", report.recorder().reasons()).isZero();
            assertThat(report.recorder().flows()).isEqualTo(1);
            assertThat(browser).as("UIDL requests of the browser").hasSizeGreaterThan(10);
            assertThat(generator).containsExactlyElementsOf(browser);
        } finally {
            Files.deleteIfExists(har);
        }
    }

    /**
     * After the last step Chromium may or may not have sent the grid's focus events (focus comes back to the grid
     * after "back", while the recording is being closed): a request of focus events alone at the end is not part of
     * the flow.
     */
    private static List<List<String>> withoutTrailingFocus(List<List<String>> requests) {
        List<List<String>> flow = new ArrayList<>(requests);
        while (!flow.isEmpty() && flow.getLast().stream().allMatch(rpc -> rpc.equals("event cell-focus @vaadin-grid")
                || rpc.equals("event grid-cell-focus @vaadin-grid"))) {
            flow.removeLast();
        }
        return flow;
    }

    @Test
    void twoUsersSideBySideGetThroughTheFlowTwice() throws Exception {
        LoadReport report = LoadGenerator.run(settings(2).withRounds(2));

        assertThat(report.errors()).as("errors: %s", report.recorder().reasons()).isZero();
        assertThat(report.recorder().flows()).isEqualTo(4);
        assertThat(report.summaries()).containsKeys(VirtualUser.STEPS.toArray(String[]::new));
    }

    private LoadSettings settings(int users) {
        return new LoadSettings(baseUrl(), users, Duration.ZERO, Duration.ZERO, ThinkTime.NONE, "viewer", "viewer",
                SEARCH, 1);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
