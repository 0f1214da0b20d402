package com.complianceportal.assessment.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.assessment.service.AssessmentCreationService;
import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.testsupport.UpstreamKeys;
import com.complianceportal.testsupport.UpstreamMode;
import com.complianceportal.testsupport.UpstreamModeTest;
import com.complianceportal.testsupport.VendorStub;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** Creates in upstream mode (Maxsight) are audited with their outcome: created, refused, failed; never the key. */
@UpstreamModeTest
@WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
class MaxsightCreateAuditIT implements UpstreamMode {

    static final String KEY = "assessor-maxsight-key-audit-7d2e";
    static final UUID ENTITY = MaxsightCreateIT.ENTITY;
    static final String VENDOR_ID = "497f6eca-6276-4993-bfeb-53cbbbba6f08";

    @Autowired
    AssessmentCreationService creation;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    ApplicationContext context;

    final WireMockServer vendor = VendorStub.server();

    private static boolean warm;

    @BeforeEach
    void assessorHasAKey() {
        UpstreamKeys.give(context, "assessor", Upstream.MAXSIGHT, KEY);
        if (!warm) {
            // The first vendor call of a fresh context sets up the HTTP client and can outlast these tests' one-second
            // timeout on a busy machine; each test below checks the entry its own call wrote.
            vendor.stubFor(post(MaxsightCreateIT.CREATE).willReturn(aResponse().withStatus(409)));
            try {
                creation.create(request());
            } catch (SourceFailure coldStart) {
                // Recorded as a failed create, which no test below looks at.
            }
            warm = true;
        }
    }

    private static NewAssessmentRequest request() {
        return new NewAssessmentRequest(ENTITY, MaxsightCreateIT.TEMPLATE, UUID.randomUUID());
    }

    private AuditEvent latest() {
        AuditEvent latest = audit.findByUsernameOrderByOccurredAtDesc("assessor").getFirst();
        assertThat(latest.detail()).doesNotContain(KEY);
        return latest;
    }

    @Test
    void a_created_assessment_is_recorded_with_its_vendor_id_mode_and_outcome() {
        vendor.stubFor(post(MaxsightCreateIT.CREATE).willReturn(okJson(MaxsightCreateIT.RECORD).withStatus(201)));
        vendor.stubFor(get(urlEqualTo("/v5/outcomes/0323e489-6bf9-4b68-9c8d-5674f46921e4"))
                .willReturn(okJson("{\"name\": \"Pending\"}")));
        NewAssessmentRequest request = request();
        int before = audit.findByTargetOrderByOccurredAtDesc(VENDOR_ID).size();

        creation.create(request);
        creation.create(request);

        AuditEvent created = latest();
        assertThat(created.action()).isEqualTo(AuditAction.ASSESSMENT_CREATED);
        assertThat(created.target()).as("Maxsight gives no register id").isEqualTo(VENDOR_ID);
        assertThat(created.detail()).contains("mode=upstream", "entity=" + ENTITY, "outcome=Pending",
                "workflow=ACTIVE");
        assertThat(audit.findByTargetOrderByOccurredAtDesc(VENDOR_ID))
                .as("the repeated submit created nothing and is not recorded again").hasSize(before + 1);
    }

    @Test
    void a_conflict_is_recorded_as_refused_with_the_vendors_words_and_the_entity_as_target() {
        vendor.stubFor(post(MaxsightCreateIT.CREATE).willReturn(aResponse().withStatus(409)
                .withBody("{\"message\": \"Assessment of this type exists\"}")));

        creation.create(request());

        AuditEvent refused = latest();
        assertThat(refused.action()).isEqualTo(AuditAction.ASSESSMENT_CREATE_REFUSED);
        assertThat(refused.target()).isEqualTo(ENTITY.toString());
        assertThat(refused.detail()).contains("mode=upstream", "CONFLICT", "Assessment of this type exists");
    }

    @Test
    void a_vendor_that_fails_is_recorded_as_failed() {
        vendor.stubFor(post(MaxsightCreateIT.CREATE).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> creation.create(request())).isInstanceOf(SourceFailure.class);

        AuditEvent failed = latest();
        assertThat(failed.action()).isEqualTo(AuditAction.ASSESSMENT_CREATE_FAILED);
        assertThat(failed.target()).isEqualTo(ENTITY.toString());
        assertThat(failed.detail()).contains("mode=upstream", "outcome=failed: ", "Maxsight: ");
    }
}
