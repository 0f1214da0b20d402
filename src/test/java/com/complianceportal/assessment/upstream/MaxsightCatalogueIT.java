package com.complianceportal.assessment.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.EntityOption;
import com.complianceportal.assessment.domain.Standard;
import com.complianceportal.assessment.service.AssessmentCreationService;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.testsupport.UpstreamKeys;
import com.complianceportal.testsupport.UpstreamMode;
import com.complianceportal.testsupport.UpstreamModeTest;
import com.complianceportal.testsupport.VendorStub;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** The entity and template pickers against Maxsight's undocumented list bodies, as the create form reads them. */
@UpstreamModeTest
@WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
class MaxsightCatalogueIT implements UpstreamMode {

    static final String KEY = "assessor-maxsight-key-7c1d";
    static final String ENTITIES = "/v5/entities";
    static final String TEMPLATES = "/v5/assessments/templates";
    static final String ENTITY_LIST = """
            [{"id": "8161163a-f227-466f-bc01-090a01e80165", "name": "Jade Valley Textiles", "org_id": "E-500012",
              "type": "Factory", "country": "CN", "risk_score": 7, "tags": ["a"]},
             {"id": "2d3c9a5e-4f7b-4a6e-9d1c-000000000002", "name": "bright star garments", "orgId": "E-500099",
              "entity_type": {"name": "Mill"}, "address": {"city": "Dhaka", "country_code": "BD"}},
             {"id": "2d3c9a5e-4f7b-4a6e-9d1c-000000000003", "name": "Atlas Dyeing", "type": null, "country": null},
             {"id": "not-a-uuid", "name": "Cannot be assessed"},
             {"name": "No id at all"},
             null]""";

    @Autowired
    AssessmentCreationService creation;
    @Autowired
    ApplicationContext context;

    final WireMockServer vendor = VendorStub.server();

    @BeforeEach
    void assessorHasAKey() {
        UpstreamKeys.give(context, "assessor", Upstream.MAXSIGHT, KEY);
    }

    @Test
    void entities_from_a_bare_array_are_read_under_their_several_names_and_listed_by_name() {
        vendor.stubFor(get(ENTITIES).willReturn(okJson(ENTITY_LIST)));

        assertThat(creation.entities("", 0, 50)).containsExactly(
                new EntityOption(UUID.fromString("2d3c9a5e-4f7b-4a6e-9d1c-000000000003"), "Atlas Dyeing", null, null,
                        null),
                new EntityOption(UUID.fromString("2d3c9a5e-4f7b-4a6e-9d1c-000000000002"), "bright star garments",
                        "E-500099", "Mill", "BD"),
                new EntityOption(UUID.fromString("8161163a-f227-466f-bc01-090a01e80165"), "Jade Valley Textiles",
                        "E-500012", "Factory", "CN"));
        assertThat(creation.countEntities("")).isEqualTo(3);
        vendor.verify(1, getRequestedFor(urlEqualTo(ENTITIES)).withHeader("apikey", equalTo(KEY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data", "items", "results"})
    void entities_wrapped_in_an_object_are_read_alike(String wrapper) {
        vendor.stubFor(get(ENTITIES).willReturn(okJson("{\"" + wrapper + "\": " + ENTITY_LIST
                + ", \"total\": 3, \"next\": null}")));

        assertThat(creation.entities("", 0, 50)).extracting(EntityOption::name)
                .containsExactly("Atlas Dyeing", "bright star garments", "Jade Valley Textiles");
    }

    @Test
    void an_empty_or_unexpected_body_is_an_empty_list() {
        vendor.stubFor(get(ENTITIES).willReturn(okJson("{\"message\": \"nothing here\"}")));

        assertThat(creation.entities("", 0, 50)).isEmpty();
        assertThat(creation.countEntities("jade")).isZero();
    }

    @Test
    void the_search_finds_name_type_country_name_or_code_and_own_id_and_pages_with_one_read() {
        vendor.stubFor(get(ENTITIES).willReturn(okJson(ENTITY_LIST)));

        assertThat(creation.entities("JADE", 0, 10)).extracting(EntityOption::name).containsExactly(
                "Jade Valley Textiles");
        assertThat(creation.entities("mill", 0, 10)).extracting(EntityOption::name).containsExactly(
                "bright star garments");
        assertThat(creation.entities("bangladesh", 0, 10)).extracting(EntityOption::name).containsExactly(
                "bright star garments");
        assertThat(creation.entities("cn", 0, 10)).extracting(EntityOption::name).containsExactly(
                "Jade Valley Textiles");
        assertThat(creation.entities("e-5000", 0, 10)).hasSize(2);
        assertThat(creation.countEntities("e-5000")).isEqualTo(2);
        assertThat(creation.entities("", 1, 1)).extracting(EntityOption::name).containsExactly("bright star garments");
        assertThat(creation.entities("", 3, 10)).isEmpty();
        vendor.verify(1, getRequestedFor(urlEqualTo(ENTITIES)));
    }

    @Test
    void templates_ignore_unknown_fields_leave_missing_ones_not_given_and_put_retired_ones_last() {
        vendor.stubFor(get(TEMPLATES).willReturn(okJson("""
                {"items": [
                  {"id": "c6d67e98-83ea-49f0-8812-e4abae2b68bc", "name": "Legacy questionnaire", "retired": true},
                  {"id": "0b4a4b0e-1a53-4a43-9c4c-7d7d5c8a1f01", "name": "Environmental Audit 6.1 – Verification",
                   "description": "On-site verification", "assessment_type": "Verification Assessment",
                   "standard": {"name": "Environmental Audit", "version": "6.1"},
                   "workflow": {"name": "Verification", "steps": 7}, "colour": "green"},
                  {"id": "0b4a4b0e-1a53-4a43-9c4c-7d7d5c8a1f02", "name": "Self check", "standard_name": "FEM",
                   "standard_version": null, "workflow_name": "Self", "description": null, "status": "Archived"},
                  {"id": "0b4a4b0e-1a53-4a43-9c4c-7d7d5c8a1f03", "title": "Desk review", "is_active": false},
                  {"name": "No id"}
                ]}""")));

        assertThat(creation.templates()).containsExactly(
                new AssessmentTemplate(UUID.fromString("0b4a4b0e-1a53-4a43-9c4c-7d7d5c8a1f01"),
                        "Environmental Audit 6.1 – Verification", "On-site verification", "Verification Assessment",
                        new Standard("Environmental Audit", "6.1"), "Verification", false),
                new AssessmentTemplate(UUID.fromString("c6d67e98-83ea-49f0-8812-e4abae2b68bc"), "Legacy questionnaire",
                        null, null, null, null, true),
                new AssessmentTemplate(UUID.fromString("0b4a4b0e-1a53-4a43-9c4c-7d7d5c8a1f02"), "Self check", null,
                        null, new Standard("FEM", null), "Self", true),
                new AssessmentTemplate(UUID.fromString("0b4a4b0e-1a53-4a43-9c4c-7d7d5c8a1f03"), "Desk review", null,
                        null, null, null, true));
    }

    @Test
    void answers_are_kept_per_user_with_each_users_own_key_and_never_shared() {
        UpstreamKeys.give(context, "admin", Upstream.MAXSIGHT, "admin-maxsight-key-55aa");
        vendor.stubFor(get(TEMPLATES).willReturn(okJson("[]")));

        creation.templates();
        creation.templates();
        Signed.in("admin", () -> creation.templates());
        Signed.in("admin", () -> creation.templates());

        vendor.verify(1, getRequestedFor(urlEqualTo(TEMPLATES)).withHeader("apikey", equalTo(KEY)));
        vendor.verify(1, getRequestedFor(urlEqualTo(TEMPLATES)).withHeader("apikey",
                equalTo("admin-maxsight-key-55aa")));
        vendor.verify(2, getRequestedFor(urlEqualTo(TEMPLATES)));
    }

    @Test
    void a_user_without_a_key_is_told_so_and_nothing_is_sent() {
        UpstreamKeys.revoke(context, "assessor", Upstream.MAXSIGHT);

        assertThatThrownBy(() -> creation.templates()).isInstanceOf(SourceFailure.NoKey.class);
        assertThat(vendor.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_revoked_key_leaves_nothing_kept_and_a_new_key_is_read_with_at_once() {
        vendor.stubFor(get(TEMPLATES).willReturn(okJson("[]")));
        creation.templates();

        UpstreamKeys.revoke(context, "assessor", Upstream.MAXSIGHT);
        assertThatThrownBy(() -> creation.templates()).isInstanceOf(SourceFailure.NoKey.class);
        UpstreamKeys.give(context, "assessor", Upstream.MAXSIGHT, "assessor-maxsight-key-new1");
        creation.templates();

        vendor.verify(1, getRequestedFor(urlEqualTo(TEMPLATES)).withHeader("apikey", equalTo(KEY)));
        vendor.verify(1, getRequestedFor(urlEqualTo(TEMPLATES)).withHeader("apikey",
                equalTo("assessor-maxsight-key-new1")));
    }

    @Test
    void a_401_is_a_rejected_key() {
        vendor.stubFor(get(TEMPLATES).willReturn(aResponse().withStatus(401).withBody("{\"message\":\"bad key\"}")));

        assertThatThrownBy(() -> creation.templates()).isInstanceOf(SourceFailure.KeyRejected.class);
        vendor.verify(1, getRequestedFor(urlEqualTo(TEMPLATES)));
    }

    @Test
    void a_404_on_a_list_is_a_refusal() {
        vendor.stubFor(get(ENTITIES).willReturn(aResponse().withStatus(404).withBody("{\"message\":\"No route\"}")));

        assertThatThrownBy(() -> creation.entities("", 0, 10)).isInstanceOfSatisfying(SourceFailure.Refused.class,
                refused -> assertThat(refused.vendorMessage()).isEqualTo("No route"));
    }

    @Test
    void a_429_with_a_long_retry_after_is_busy_at_once_and_a_short_one_is_waited_for() {
        vendor.stubFor(get(TEMPLATES).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));

        assertThatThrownBy(() -> creation.templates()).isInstanceOfSatisfying(SourceFailure.Busy.class,
                busy -> assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
        vendor.verify(1, getRequestedFor(urlEqualTo(TEMPLATES)));

        vendor.resetAll();
        vendor.stubFor(get(ENTITIES).inScenario("busy").whenScenarioStateIs("Started").willSetStateTo("calm")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        vendor.stubFor(get(ENTITIES).inScenario("busy").whenScenarioStateIs("calm").willReturn(okJson(ENTITY_LIST)));
        assertThat(creation.countEntities("")).isEqualTo(3);
        vendor.verify(2, getRequestedFor(urlEqualTo(ENTITIES)));
    }

    @Test
    void a_500_is_tried_again_within_the_budget_and_a_failed_read_is_not_kept() {
        vendor.stubFor(get(TEMPLATES).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> creation.templates()).isInstanceOf(SourceFailure.Unavailable.class);
        vendor.verify(3, getRequestedFor(urlEqualTo(TEMPLATES)));

        vendor.stubFor(get(TEMPLATES).willReturn(okJson("[]")));
        assertThat(creation.templates()).isEmpty();
        vendor.verify(4, getRequestedFor(urlEqualTo(TEMPLATES)));
    }

    @Test
    void a_vendor_that_does_not_answer_in_time_is_timed_out() {
        vendor.stubFor(get(TEMPLATES).willReturn(okJson("[]").withFixedDelay(1_500)));

        assertThatThrownBy(() -> creation.templates()).isInstanceOf(SourceFailure.TimedOut.class);
    }

    @Test
    void an_answer_that_is_not_json_is_unavailable() {
        vendor.stubFor(get(TEMPLATES).willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));

        assertThatThrownBy(() -> creation.templates()).isInstanceOf(SourceFailure.Unavailable.class);
    }
}
