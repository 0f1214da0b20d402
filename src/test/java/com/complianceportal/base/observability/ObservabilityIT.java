package com.complianceportal.base.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.assessment.service.RegisterChanged;
import com.complianceportal.assessment.upstream.RiseStub;
import com.complianceportal.assessment.upstream.RiseStubServer;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.base.ui.error.ErrorReference;
import com.complianceportal.testsupport.PortalHttp;
import com.complianceportal.user.domain.Role;
import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What an operator sees of a running portal in upstream mode: the Prometheus scrape after real calls to a stand-in
 * vendor and real sign-ins (on the metrics port without a sign-in, on the main port for administrators only), and the
 * correlation id of a request in its response, its log lines and the error reference a user quotes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-observability;DB_CLOSE_DELAY=-1",
        "portal.source=upstream",
        "portal.metrics.port=0",
        "portal.upstream.connect-timeout=1s",
        "portal.upstream.read-timeout=1s",
        "portal.upstream.call-budget=2s",
        "portal.upstream.retries=0"})
@Import(RiseStubServer.class)
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    AssessmentService assessments;
    @Autowired
    MetricsPort metricsPort;
    WireMockServer rise;

    @BeforeEach
    void freshVendor() {
        rise = RiseStub.fresh(context);
    }

    private String scrape() {
        HttpResponse<String> answer = new PortalHttp(metricsPort.localPort()).get(MetricsPort.SCRAPE_PATH);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private void searchAsViewer() {
        RiseStub.as("viewer", Role.VIEWER, () -> assessments.search(AssessmentFilter.NONE,
                List.of(AssessmentSort.DEFAULT), 0, 50));
    }

    @Test
    void after_real_calls_the_scrape_shows_vendor_calls_register_fetches_and_sign_in_failures() {
        rise.stubFor(post(urlPathEqualTo(RiseStub.SEARCH))
                .willReturn(okJson(RiseStub.page(0, 50, 111, 100_000, "Metrics Org"))));
        searchAsViewer();
        rise.resetAll();
        rise.stubFor(post(urlPathEqualTo(RiseStub.SEARCH)).willReturn(serverError()));
        context.publishEvent(RegisterChanged.many());
        assertThatThrownBy(this::searchAsViewer).isInstanceOf(SourceFailure.Unavailable.class);
        assertThat(new PortalHttp(port).signIn("viewer", "not-the-password").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));

        String scrape = scrape();

        assertThat(scrape)
                .containsPattern("portal_upstream_calls_seconds_count\\{endpoint=\"/api/v1/assessments/search\","
                        + "method=\"POST\",outcome=\"success\",upstream=\"rise\"} [1-9]")
                .containsPattern("portal_upstream_calls_seconds_count\\{endpoint=\"/api/v1/assessments/search\","
                        + "method=\"POST\",outcome=\"server_error\",upstream=\"rise\"} [1-9]")
                .containsPattern("portal_register_fetch_seconds_count\\{kind=\"page\",outcome=\"success\","
                        + "source=\"upstream\"} [1-9]")
                .containsPattern("portal_register_fetch_seconds_count\\{kind=\"page\",outcome=\"failure\","
                        + "source=\"upstream\"} [1-9]")
                .containsPattern("portal_signin_failures_total\\{reason=\"bad_credentials\"} [1-9]")
                .contains("portal_sessions_live ", "portal_ui_live ")
                .as("no key, user name or address in any tag")
                .doesNotContain(RiseStub.VIEWER_KEY, "viewer", "127.0.0.1");
    }

    @Test
    void on_the_main_port_the_scrape_is_for_administrators_only() {
        assertThat(new PortalHttp(port).get(MetricsPort.SCRAPE_PATH).statusCode()).as("anonymous")
                .isIn(302, 401, 403);
        var viewer = new PortalHttp(port);
        viewer.signIn("viewer", "viewer");
        assertThat(viewer.get(MetricsPort.SCRAPE_PATH).statusCode()).as("viewer").isEqualTo(403);
        var admin = new PortalHttp(port);
        admin.signIn("admin", "admin");
        HttpResponse<String> scrape = admin.get(MetricsPort.SCRAPE_PATH);
        assertThat(scrape.statusCode()).as("admin").isEqualTo(200);
        assertThat(scrape.body()).contains("portal_sessions_live");
    }

    @Test
    void the_metrics_port_serves_the_scrape_and_nothing_else() {
        var metrics = new PortalHttp(metricsPort.localPort());
        assertThat(metricsPort.localPort()).isNotEqualTo(port);
        assertThat(metrics.get("/login").statusCode()).isEqualTo(404);
        assertThat(metrics.get("/actuator/health").statusCode()).isEqualTo(404);
        assertThat(metrics.get("/assessments").statusCode()).isEqualTo(404);
        assertThat(metrics.post(MetricsPort.SCRAPE_PATH, Map.of()).statusCode()).isEqualTo(404);
        assertThat(metrics.get(MetricsPort.SCRAPE_PATH).body()).contains("# TYPE");
    }

    @Test
    void a_plain_incoming_request_id_is_kept_and_anything_else_replaced() {
        var http = new PortalHttp(port);
        assertThat(http.get("/login", RequestIds.HEADER, "proxy-0a1b2c3d").headers().firstValue(RequestIds.HEADER))
                .hasValue("proxy-0a1b2c3d");
        assertThat(http.get("/login", RequestIds.HEADER, "x\"} forged=1").headers().firstValue(RequestIds.HEADER))
                .hasValueSatisfying(id -> assertThat(id).matches("[A-Z2-9]{8}"));
        assertThat(http.get("/login").headers().firstValue(RequestIds.HEADER))
                .hasValueSatisfying(id -> assertThat(id).matches("[A-Z2-9]{8}"));
        assertThat(http.get("/login", RequestIds.HEADER, "a".repeat(65)).headers().firstValue(RequestIds.HEADER))
                .hasValueSatisfying(id -> assertThat(id).hasSize(8));
    }

    @Test
    void every_log_line_of_a_request_and_its_error_reference_carry_the_request_id(CapturedOutput output)
            throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.addHeader(RequestIds.HEADER, "support-case-4711");
        var response = new MockHttpServletResponse();
        String[] reference = new String[1];
        var chain = new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                LoggerFactory.getLogger(ObservabilityIT.class).info("Serving the request");
                reference[0] = ErrorReference.log(new IllegalStateException("provoked"));
            }
        });

        context.getBean(RequestIdFilter.class).doFilter(request, response, chain);

        assertThat(reference[0]).isEqualTo("support-case-4711");
        assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo("support-case-4711");
        assertThat(output.getOut()).containsPattern("\\[support-case-4711] .*Serving the request")
                .containsPattern("\\[support-case-4711] .*Unexpected error, reference support-case-4711");
        assertThat(RequestIds.current()).as("nothing left behind on the thread").isNull();
    }
}
