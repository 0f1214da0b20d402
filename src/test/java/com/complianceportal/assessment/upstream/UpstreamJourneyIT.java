package com.complianceportal.assessment.upstream;

import static com.complianceportal.assessment.upstream.JourneyVendors.CREATE;
import static com.complianceportal.assessment.upstream.JourneyVendors.MARKUP_ORG;
import static com.complianceportal.assessment.upstream.JourneyVendors.MAXSIGHT_HEADER;
import static com.complianceportal.assessment.upstream.JourneyVendors.OPENED_ID;
import static com.complianceportal.assessment.upstream.JourneyVendors.RISE_HEADER;
import static com.complianceportal.assessment.upstream.JourneyVendors.SEARCH;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.assessment.service.RegisterChanged;
import com.complianceportal.testsupport.ApiKeysPage;
import com.complianceportal.testsupport.CapturedLog;
import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.LeakScan;
import com.complianceportal.testsupport.LoginPage;
import com.complianceportal.testsupport.NewAssessmentPage;
import com.complianceportal.testsupport.RegisterPage;
import com.complianceportal.testsupport.Screenshots;
import com.complianceportal.testsupport.UpstreamKeys;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal in upstream mode in real Chromium, against a Rise and a Maxsight stub that answer only the keys an
 * administrator set on the API keys screen: the keys are set and tested on screen and never shown again; the assessor
 * filters, sorts and opens the Rise register, creates an assessment in Maxsight, and loses the register the moment the
 * key is revoked; a failing or busy Rise is said in plain words while the rest of the portal keeps working. Each
 * claim about what reached a vendor is checked in that vendor's request journal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.source=upstream",
        "spring.datasource.url=jdbc:h2:mem:portal-upstream-journey;DB_CLOSE_DELAY=-1",
        "portal.upstream.connect-timeout=1s",
        "portal.upstream.read-timeout=10s",
        "portal.upstream.call-budget=15s",
        "portal.upstream.retries=2",
        "portal.upstream.retry-backoff=20ms"})
class UpstreamJourneyIT extends ChromiumSession {

    static final JourneyVendors VENDORS = new JourneyVendors();
    static final String ASSESSOR_RISE = randomKey("rise");
    static final String ASSESSOR_MAXSIGHT = randomKey("maxsight");
    static final String VIEWER_RISE = randomKey("viewer");
    static final Path LOG = Path.of("target/upstream-journey/portal.log");
    static final String NO_KEY = "You have no Rise API key yet. Ask an administrator for a Rise API key.";
    static final String UNAVAILABLE = "Rise is not available right now. Try again in a few minutes.";
    static final String BUSY = "Rise is busy. Try again in 30 seconds.";
    static final double PATIENCE = 20_000;
    /** Playwright's own default. */
    static final double USUAL_PATIENCE = 5_000;

    @Autowired
    ApplicationContext spring;

    private final Screenshots screenshots = new Screenshots("upstream-journey");
    private final List<byte[]> responses = Collections.synchronizedList(new ArrayList<>());
    private final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());

    @DynamicPropertySource
    static void vendorAddresses(DynamicPropertyRegistry registry) {
        registry.add("portal.upstream.rise.base-url", VENDORS::riseUrl);
        registry.add("portal.upstream.maxsight.base-url", VENDORS::maxsightUrl);
    }

    @AfterAll
    static void stopVendors() {
        VENDORS.close();
    }

    /** A machine busy with other builds answers slowly: the browser waits longer than usual, for this class only. */
    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(PATIENCE);
    }

    @AfterEach
    void usualAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(USUAL_PATIENCE);
    }

    /** No stubs, no recorded requests, nothing kept, closed circuits, and nobody has a key yet. */
    @BeforeEach
    void freshVendorsAndNoKeys() {
        VENDORS.reset();
        UpstreamState.reset(spring);
        spring.publishEvent(RegisterChanged.many());
        for (String user : List.of("assessor", "viewer")) {
            for (Upstream upstream : Upstream.values()) {
                UpstreamKeys.revoke(spring, user, upstream);
            }
        }
    }

    @Test
    void keys_set_on_screen_drive_register_detail_and_create_and_a_revoked_key_ends_access_at_once()
            throws IOException {
        VENDORS.riseRegisterFor(ASSESSOR_RISE);
        VENDORS.maxsightFor(ASSESSOR_MAXSIGHT);
        Page assessor = watched(anotherSession());
        watched(page);
        try (CapturedLog log = CapturedLog.into(LOG)) {
            ApiKeysPage keys = administratorSetsTheKeys();
            assessorFiltersSortsAndOpensTheRegister(assessor);
            assessorCreatesAnAssessment(assessor);
            RegisterPage register = RegisterPage.open(assessor, baseUrl());
            assertThat(register.total()).hasText("1,234 assessments");
            int riseRequests = VENDORS.rise().getAllServeEvents().size();

            keys.manage("assessor", "Adam Assessor").revoke("rise").closeDialog();
            register.reload();

            assertThat(register.emptyMessage()).hasText(NO_KEY);
            assertThat(register.retry()).isHidden();
            assertThat(register.total()).isEmpty();
            assertThat(VENDORS.rise().getAllServeEvents()).as("no Rise call after the revocation")
                    .hasSize(riseRequests);
            shootAtBothWidths(assessor, "no-key", register.cell("Assessment"), register.compactHeader());
            assertThat(new String(log.bytes(), StandardCharsets.UTF_8)).as("the log of the whole journey")
                    .contains(CapturedLog.MARK).doesNotContain("Unexpected error");
            assertTheKeysAppearNowhere(log.bytes(), page.content(), assessor.content());
        }
        assertThat(JourneyVendors.keysSent(VENDORS.rise(), RISE_HEADER)).as("every Rise call, the assessor's key")
                .isNotEmpty().containsOnly(ASSESSOR_RISE);
        assertThat(JourneyVendors.keysSent(VENDORS.maxsight(), MAXSIGHT_HEADER))
                .as("every Maxsight call, the assessor's key").isNotEmpty().containsOnly(ASSESSOR_MAXSIGHT);
        assertThat(VENDORS.rise().findAllUnmatchedRequests()).isEmpty();
        assertThat(VENDORS.maxsight().findAllUnmatchedRequests()).isEmpty();
        assertThat(dialogs).as("no script from a vendor's text ran").isEmpty();
    }

    @Test
    void a_busy_or_failing_rise_is_said_in_plain_words_the_portal_stays_usable_and_try_again_recovers() {
        UpstreamKeys.give(spring, "assessor", Upstream.RISE, ASSESSOR_RISE);
        VENDORS.riseRegisterFor(ASSESSOR_RISE);
        StubMapping busy = VENDORS.riseSearchesAnswer(ASSESSOR_RISE,
                aResponse().withStatus(429).withHeader("Retry-After", "30"));
        new LoginPage(page, baseUrl()).open().signInSuccessfully("assessor", "assessor");

        RegisterPage register = RegisterPage.open(page, baseUrl());
        assertThat(register.emptyMessage()).hasText(BUSY);
        assertThat(register.retry()).isVisible();

        VENDORS.rise().removeStub(busy);
        VENDORS.riseSearchesAnswer(ASSESSOR_RISE, aResponse().withStatus(500)
                .withBody("{\"errorCode\": \"E500\", \"message\": \"java.lang.NullPointerException at x.y\"}"));
        register.retry().click();
        assertThat(register.emptyMessage()).hasText(UNAVAILABLE);
        assertThat(register.retry()).isVisible();
        assertThat(register.total()).isEmpty();
        assertNoTechnicalText(page);
        shootAtBothWidths(page, "outage", register.cell("Assessment"), register.compactHeader());

        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("My account")).click();
        assertThat(page.locator("#own-api-keys")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/account$"));

        VENDORS.rise().resetMappings();
        VENDORS.riseSearchesAnswer(ASSESSOR_RISE, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        page.navigate(baseUrl() + "/assessments/" + OPENED_ID);
        Locator failure = page.locator("#failure-panel");
        assertThat(failure).containsText("Assessment " + OPENED_ID + " could not be loaded");
        assertThat(failure).containsText(UNAVAILABLE);
        assertThat(page.locator("#failure-retry")).isVisible();
        assertNoTechnicalText(page);
        shootAtBothWidths(page, "detail-outage", failure, failure);

        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Assessments")).click();
        assertThat(register.emptyMessage()).hasText(UNAVAILABLE);
        VENDORS.rise().resetMappings();
        VENDORS.riseRegisterFor(ASSESSOR_RISE);
        UpstreamState.reset(spring);
        register.retry().click();
        assertThat(register.total()).hasText("1,234 assessments");
        assertThat(register.retry()).isHidden();
        assertThat(JourneyVendors.keysSent(VENDORS.rise(), RISE_HEADER)).containsOnly(ASSESSOR_RISE);
    }

    private ApiKeysPage administratorSetsTheKeys() {
        new LoginPage(page, baseUrl()).open().signInSuccessfully("admin", "admin");
        ApiKeysPage keys = ApiKeysPage.open(page, baseUrl()).manage("assessor", "Adam Assessor")
                .setKey("rise", ASSESSOR_RISE, "Team Europe").setKey("maxsight", ASSESSOR_MAXSIGHT, "Team Europe");
        assertThat(keys.maskedKey("rise")).hasText("•••• " + lastFour(ASSESSOR_RISE));
        assertThat(keys.test("rise")).containsText("OK");
        assertThat(keys.test("maxsight")).containsText("OK");
        keys.closeDialog().manage("viewer", "Vera Viewer").setKey("rise", VIEWER_RISE, "").closeDialog();
        assertThat(keys.list()).containsText("•••• " + lastFour(VIEWER_RISE));
        return keys;
    }

    private void assessorFiltersSortsAndOpensTheRegister(Page assessor) {
        new LoginPage(assessor, baseUrl()).open().signInSuccessfully("assessor", "assessor");
        RegisterPage register = RegisterPage.open(assessor, baseUrl());
        assertThat(register.total()).hasText("1,234 assessments");
        assertThat(register.cell("300002-1")).isVisible();
        assertThat(assessor.getByText(MARKUP_ORG, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        assertThat(assessor.locator("img[src=x]")).hasCount(0);
        shootAtBothWidths(assessor, "register", register.cell("300002-1"), register.compactHeader());

        register.search(JourneyVendors.SEARCHED);
        assertThat(register.total()).hasText(JourneyVendors.FOUND + " assessments");
        register.sortBy("Due");
        assertThat(assessor).hasURL(Pattern.compile(".*[?&]sort=.*"));
        VENDORS.rise().verify(1, postRequestedFor(urlPathEqualTo(SEARCH))
                .withHeader(RISE_HEADER, equalTo(ASSESSOR_RISE)).withRequestBody(equalToJson("""
                        {"search": "%s", "order": "due_date:asc", "limit": 50, "offset": 0}"""
                        .formatted(JourneyVendors.SEARCHED))));

        register.openRow(OPENED_ID);
        assertThat(assessor.locator("#stakeholders")).isVisible();
        assertThat(assessor.locator("#card-assessed")).containsText(MARKUP_ORG);
        assertThat(assessor.locator("#card-executor-0")).containsText("Audit Partners Ltd");
        assertThat(assessor.locator("img[src=x]")).hasCount(0);
        Locator card = assessor.locator("#card-assessed");
        shootAtBothWidths(assessor, "detail", card, card);
    }

    private void assessorCreatesAnAssessment(Page assessor) {
        NewAssessmentPage form = NewAssessmentPage.open(assessor, baseUrl());
        form.chooseEntity(JourneyVendors.ENTITY);
        form.chooseTemplate(JourneyVendors.TEMPLATE);
        form.create();

        assertThat(form.workflowState()).isEqualTo("Active");
        assertThat(assessor.locator("#result-not-in-register")).containsText(JourneyVendors.WORKFLOW_ID);
        VENDORS.maxsight().verify(1, postRequestedFor(urlEqualTo(CREATE)));
        VENDORS.maxsight().verify(1, postRequestedFor(urlEqualTo(CREATE))
                .withHeader(MAXSIGHT_HEADER, equalTo(ASSESSOR_MAXSIGHT)).withRequestBody(equalToJson("""
                        {"entity_id": "8161163a-f227-466f-bc01-090a01e80165",
                         "template_id": "c6d67e98-83ea-49f0-8812-e4abae2b68bc"}""")));
    }

    /** Screenshots at a desktop's and at a phone's width, each once its layout shows {@code ready}; back to desktop. */
    private void shootAtBothWidths(Page shot, String name, Locator desktopReady, Locator phoneReady) {
        Screenshots.resize(shot, Screenshots.DESKTOP);
        assertThat(desktopReady).isVisible();
        screenshots.take(shot, name);
        Screenshots.resize(shot, Screenshots.PHONE);
        assertThat(phoneReady).isVisible();
        screenshots.take(shot, name);
        Screenshots.resize(shot, Screenshots.DESKTOP);
        assertThat(desktopReady).isVisible();
    }

    private void assertTheKeysAppearNowhere(byte[] log, String... pages) {
        for (String key : List.of(ASSESSOR_RISE, ASSESSOR_MAXSIGHT, VIEWER_RISE)) {
            assertThat(LeakScan.reveals(log, key)).as("key in the log").isFalse();
            for (String html : pages) {
                assertThat(LeakScan.reveals(html.getBytes(StandardCharsets.UTF_8), key)).as("key in a page").isFalse();
            }
            synchronized (responses) {
                assertThat(responses).as("key in a response to the browser").isNotEmpty()
                        .noneMatch(body -> LeakScan.reveals(body, key));
            }
        }
    }

    private static void assertNoTechnicalText(Page shown) {
        String text = shown.locator("body").innerText();
        assertThat(text).doesNotContain("Exception").doesNotContain("at com.").doesNotContain("at java.")
                .doesNotContain("HTTP 500").doesNotContain("E500").doesNotContain("SourceFailure");
    }

    /** Keeps every response body the page receives, and every script dialog it opens (dismissed). */
    private Page watched(Page watched) {
        watched.onResponse(response -> {
            try {
                responses.add(response.body());
            } catch (PlaywrightException noBody) {
                // A redirect or an aborted request: nothing reached the page.
            }
        });
        watched.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        return watched;
    }

    private static String randomKey(String what) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_";
        SecureRandom random = new SecureRandom();
        StringBuilder key = new StringBuilder("e2e-" + what + "-");
        for (int i = 0; i < 32; i++) {
            key.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return key.toString();
    }

    private static String lastFour(String key) {
        return key.substring(key.length() - 4);
    }
}
