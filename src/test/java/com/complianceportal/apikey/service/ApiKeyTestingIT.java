package com.complianceportal.apikey.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.KeyCheckResult.Verdict;
import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.testsupport.UpstreamKeys;
import com.complianceportal.testsupport.UpstreamMode;
import com.complianceportal.testsupport.UpstreamModeTest;
import com.complianceportal.testsupport.VendorStub;
import com.complianceportal.user.domain.PortalUserRepository;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** An administrator tests a user's key: one call with that user's key, its verdict and round trip, audited. */
@UpstreamModeTest
@WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
class ApiKeyTestingIT implements UpstreamMode {

    static final String MAXSIGHT_KEY = "target-maxsight-key-41e7";
    static final String RISE_KEY = "target-rise-key-90d2";
    static final String ADMINS_OWN_KEY = "admins-own-maxsight-key-3333";
    static final String TEMPLATES = "/v5/assessments/templates";
    static final String RISE_SEARCH = "/api/v1/assessments/search";

    @Autowired
    ApiKeyTesting testing;
    @Autowired
    ApiKeyAdministration administration;
    @Autowired
    PortalUserRepository users;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    ApplicationContext context;

    final WireMockServer vendor = VendorStub.server();
    long target;

    @BeforeEach
    void targetWithKeys() {
        target = KeyHolderFixtures.freshUser(users, "key-test-target", "Tess Target");
        UpstreamKeys.give(context, "key-test-target", Upstream.MAXSIGHT, MAXSIGHT_KEY);
        UpstreamKeys.give(context, "key-test-target", Upstream.RISE, RISE_KEY);
        UpstreamKeys.give(context, "admin", Upstream.MAXSIGHT, ADMINS_OWN_KEY);
    }

    private void templatesAnswer(ResponseDefinitionBuilder answer) {
        vendor.stubFor(get(TEMPLATES).willReturn(answer));
    }

    @Test
    void an_accepted_maxsight_key_is_ok_with_its_round_trip_and_the_users_key_not_the_administrators_is_sent() {
        templatesAnswer(okJson("[]").withFixedDelay(60));

        KeyCheckResult result = testing.test(target, Upstream.MAXSIGHT);

        assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(result.roundTrip()).isGreaterThanOrEqualTo(Duration.ofMillis(60));
        vendor.verify(1, getRequestedFor(urlEqualTo(TEMPLATES)).withHeader("apikey", equalTo(MAXSIGHT_KEY)));
        assertThat(vendor.getAllServeEvents()).hasSize(1);
    }

    @Test
    void a_rise_key_is_tested_with_a_search_for_one_assessment() {
        vendor.stubFor(post(RISE_SEARCH).willReturn(okJson("{\"data\": [], \"limit\": 1, \"offset\": 0, \"total\": 0}")));

        assertThat(testing.test(target, Upstream.RISE).verdict()).isEqualTo(Verdict.ACCEPTED);

        vendor.verify(1, postRequestedFor(urlEqualTo(RISE_SEARCH)).withHeader("apiKey", equalTo(RISE_KEY))
                .withRequestBody(equalToJson("{\"limit\": 1}")));
    }

    @Test
    void a_rejected_key_says_so() {
        templatesAnswer(aResponse().withStatus(401).withBody("{\"message\": \"Unauthorized\"}"));

        KeyCheckResult result = testing.test(target, Upstream.MAXSIGHT);

        assertThat(result.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(result.roundTrip()).isNotNull();
    }

    @Test
    void a_vendor_that_cannot_be_reached_or_fails_is_unreachable_and_asked_once() {
        templatesAnswer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertThat(testing.test(target, Upstream.MAXSIGHT).verdict()).isEqualTo(Verdict.UNREACHABLE);

        templatesAnswer(aResponse().withStatus(500));
        assertThat(testing.test(target, Upstream.MAXSIGHT).verdict()).isEqualTo(Verdict.UNREACHABLE);

        vendor.verify(2, getRequestedFor(urlEqualTo(TEMPLATES)));
    }

    @Test
    void a_busy_vendor_says_how_long_to_wait_and_a_slow_one_times_out() {
        templatesAnswer(aResponse().withStatus(429).withHeader("Retry-After", "30"));
        assertThat(testing.test(target, Upstream.MAXSIGHT)).satisfies(result -> {
            assertThat(result.verdict()).isEqualTo(Verdict.BUSY);
            assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        });

        templatesAnswer(okJson("[]").withFixedDelay(1_500));
        assertThat(testing.test(target, Upstream.MAXSIGHT).verdict()).isEqualTo(Verdict.TIMED_OUT);
        vendor.verify(2, getRequestedFor(urlEqualTo(TEMPLATES)));
    }

    @Test
    void a_test_request_refused_for_itself_is_not_taken_for_a_rejected_key() {
        templatesAnswer(aResponse().withStatus(404));

        KeyCheckResult result = testing.test(target, Upstream.MAXSIGHT);

        assertThat(result.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(result.status()).isEqualTo(404);
    }

    @Test
    void a_key_revoked_meanwhile_is_not_tested_and_nothing_is_sent() {
        administration.revoke(target, Upstream.MAXSIGHT);

        assertThat(testing.test(target, Upstream.MAXSIGHT)).isEqualTo(KeyCheckResult.unsent(Verdict.NO_KEY));
        assertThat(vendor.getAllServeEvents()).isEmpty();
    }

    @Test
    void every_test_is_audited_with_its_verdict_and_round_trip_but_never_the_key() {
        Instant start = Instant.now().minusMillis(1);
        templatesAnswer(okJson("[]"));
        testing.test(target, Upstream.MAXSIGHT);
        templatesAnswer(aResponse().withStatus(401));
        testing.test(target, Upstream.MAXSIGHT);
        vendor.stubFor(post(RISE_SEARCH).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        testing.test(target, Upstream.RISE);

        List<AuditEvent> events = audit.findByUsernameOrderByOccurredAtDesc("admin").stream()
                .filter(e -> e.occurredAt().isAfter(start) && e.action() == AuditAction.API_KEY_TESTED).toList();

        assertThat(events).extracting(AuditEvent::detail).satisfiesExactly(
                rise -> assertThat(rise).matches("user=key-test-target upstream=RISE key-ending=90d2"
                        + " result=UNREACHABLE round-trip=\\d+ms"),
                rejected -> assertThat(rejected).matches("user=key-test-target upstream=MAXSIGHT key-ending=41e7"
                        + " result=REJECTED round-trip=\\d+ms"),
                accepted -> assertThat(accepted).matches("user=key-test-target upstream=MAXSIGHT key-ending=41e7"
                        + " result=ACCEPTED round-trip=\\d+ms"));
        assertThat(events).extracting(AuditEvent::detail)
                .noneMatch(detail -> detail.contains(MAXSIGHT_KEY) || detail.contains(RISE_KEY));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_may_not_test_keys_and_nothing_is_sent() {
        assertThatThrownBy(() -> testing.test(target, Upstream.MAXSIGHT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testing.available()).isInstanceOf(AccessDeniedException.class);
        assertThat(vendor.getAllServeEvents()).isEmpty();
    }

    @Test
    @WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
    void an_assessor_may_not_test_keys_and_nothing_is_sent() {
        assertThatThrownBy(() -> testing.test(target, Upstream.RISE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testing.available()).isInstanceOf(AccessDeniedException.class);
        assertThat(vendor.getAllServeEvents()).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_caller_may_not_test_keys() {
        assertThatThrownBy(() -> testing.test(target, Upstream.MAXSIGHT)).isInstanceOf(AccessDeniedException.class);
        assertThat(vendor.getAllServeEvents()).isEmpty();
    }

    @Test
    void keys_can_be_tested_in_upstream_mode() {
        assertThat(testing.available()).isTrue();
    }
}
