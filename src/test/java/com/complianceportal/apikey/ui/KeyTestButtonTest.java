package com.complianceportal.apikey.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.testsupport.UpstreamKeys;
import com.complianceportal.testsupport.UpstreamMode;
import com.complianceportal.testsupport.UpstreamModeTest;
import com.complianceportal.testsupport.VendorStub;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import com.github.tomakehurst.wiremock.http.Fault;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** The Test button of the key dialog in upstream mode: what the vendor made of the key, in words, and audited. */
@UpstreamModeTest
@WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
class KeyTestButtonTest extends SpringBrowserlessTest implements UpstreamMode {

    static final String KEY = "button-test-maxsight-key-77f0";

    @Autowired
    PortalUserRepository users;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void userWithAMaxsightKey() {
        users.findByUsername("key-button-target").ifPresent(users::delete);
        users.save(PortalUser.create("key-button-target", "Kim Buttontarget", "{noop}unused", Role.VIEWER,
                Instant.now()));
        UpstreamKeys.give(context, "key-button-target", Upstream.MAXSIGHT, KEY);
    }

    private void openTheUsersKeys() {
        ApiKeysView view = navigate(ApiKeysView.class);
        test(view.filters.search).setValue("key-button-target");
        test(view.grid).clickRow(0);
    }

    private Div testMaxsightKey() {
        openTheUsersKeys();
        test(find(Button.class).withId("test-key-maxsight").single()).click();
        return find(Div.class).withId("key-test-maxsight").single();
    }

    @Test
    void an_accepted_key_shows_ok_with_the_round_trip_and_the_test_is_audited() {
        Instant start = Instant.now().minusMillis(1);
        VendorStub.server().stubFor(get("/v5/assessments/templates").willReturn(okJson("[]")));

        Div result = testMaxsightKey();

        assertThat(result.isVisible()).isTrue();
        assertThat(result.getElement().getAttribute("verdict")).isEqualTo("accepted");
        assertThat(result.getElement().getTextRecursively()).startsWith("OK")
                .containsPattern("Maxsight accepted the key\\. Round trip \\d+\u00a0ms\\.");
        assertThat(audit.findByUsernameOrderByOccurredAtDesc("admin")).filteredOn(e -> e.occurredAt().isAfter(start))
                .extracting(AuditEvent::action).contains(AuditAction.API_KEY_TESTED);
        assertThat(find(Button.class).withId("test-key-maxsight").single().isEnabled()).isTrue();
    }

    @Test
    void a_rejected_key_names_the_likely_causes() {
        VendorStub.server().stubFor(get("/v5/assessments/templates").willReturn(aResponse().withStatus(401)));

        Div result = testMaxsightKey();

        assertThat(result.getElement().getAttribute("verdict")).isEqualTo("rejected");
        assertThat(result.getElement().getTextRecursively()).startsWith("Rejected")
                .contains("Maxsight rejected the key: a wrong or withdrawn key, the wrong region")
                .contains("IP allow list");
    }

    @Test
    void an_unreachable_vendor_says_the_key_was_not_checked() {
        VendorStub.server().stubFor(get("/v5/assessments/templates")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Div result = testMaxsightKey();

        assertThat(result.getElement().getAttribute("verdict")).isEqualTo("unreachable");
        assertThat(result.getElement().getTextRecursively()).startsWith("Unreachable")
                .contains("could not be reached or is failing, so the key was not checked");
    }

    @Test
    void only_a_stored_key_can_be_tested() {
        openTheUsersKeys();

        assertThat(find(Button.class).withId("test-key-maxsight").all()).hasSize(1);
        assertThat(find(Button.class).withId("test-key-rise").all()).as("no Rise key to test").isEmpty();
        assertThat(find(Div.class).withId("key-test-maxsight").all()).as("nothing tested yet, nothing shown")
                .isEmpty();
    }
}
