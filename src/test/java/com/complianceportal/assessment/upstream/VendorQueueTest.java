package com.complianceportal.assessment.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeys;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.shared.Secret;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Calls beyond {@code max-concurrent-calls} wait up to {@code queue-wait} for their turn, so that a crowd of users is
 * served one after the other; only a call that waited that long in vain hears "busy". Here one call at a time.
 */
class VendorQueueTest {

    static final int CALLS = 3;
    static final int DELAY_MILLIS = 500;
    static WireMockServer vendor;

    @BeforeAll
    static void slowVendor() {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
        vendor.stubFor(post(urlPathEqualTo(RiseApi.SEARCH)).willReturn(okJson("{\"data\":[],\"total\":0}")
                .withFixedDelay(DELAY_MILLIS)));
    }

    @AfterAll
    static void stop() {
        vendor.stop();
    }

    @Test
    void calls_beyond_the_limit_wait_for_their_turn() throws Exception {
        long start = System.nanoTime();

        List<String> outcomes = callsAtOnce(Duration.ofSeconds(10));

        assertThat(outcomes).containsOnly("answered").hasSize(CALLS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("one after the other")
                .isGreaterThanOrEqualTo(Duration.ofMillis((long) CALLS * DELAY_MILLIS));
    }

    @Test
    void without_a_wait_the_calls_beyond_the_limit_hear_busy_at_once() throws Exception {
        var meters = new SimpleMeterRegistry();
        List<String> outcomes = callsAtOnce(Duration.ZERO, meters);

        assertThat(outcomes).contains("answered", "busy");
        assertThat(meters.get(VendorCallMeter.NAME).tags("upstream", "rise", "endpoint", RiseApi.SEARCH,
                "outcome", "busy").timer().count()).isEqualTo(outcomes.stream().filter("busy"::equals).count());
        assertThat(meters.get(VendorCallMeter.NAME).tags("outcome", "success").timer().count())
                .isEqualTo(outcomes.stream().filter("answered"::equals).count());
    }

    /** {@value #CALLS} searches started together with a limit of one call at a time. */
    private static List<String> callsAtOnce(Duration queueWait) throws Exception {
        return callsAtOnce(queueWait, new SimpleMeterRegistry());
    }

    private static List<String> callsAtOnce(Duration queueWait, SimpleMeterRegistry meters) throws Exception {
        ApiKeys keys = mock(ApiKeys.class);
        when(keys.forCurrentUser(Upstream.RISE)).thenReturn(Optional.of(Secret.of("queue-test-key")));
        var clients = new VendorClients(settings(queueWait), keys, meters);
        List<Future<String>> calls = new ArrayList<>();
        try (ExecutorService users = Executors.newFixedThreadPool(CALLS)) {
            for (int i = 0; i < CALLS; i++) {
                calls.add(users.submit(() -> {
                    try {
                        clients.rise().read(HttpMethod.POST, RiseApi.SEARCH, RiseApi.SEARCH, Map.of("limit", 1));
                        return "answered";
                    } catch (SourceFailure.Busy busy) {
                        return "busy";
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> call : calls) {
                outcomes.add(call.get());
            }
            return outcomes;
        } finally {
            clients.destroy();
        }
    }

    private static UpstreamProperties settings(Duration queueWait) {
        var address = new UpstreamProperties.Vendor(vendor.baseUrl());
        return new UpstreamProperties(address, address, Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(10), 0, Duration.ofMillis(10), 10, 1, queueWait, Duration.ofSeconds(30),
                Duration.ofMinutes(5), 100, 1, Duration.ofSeconds(30));
    }
}
