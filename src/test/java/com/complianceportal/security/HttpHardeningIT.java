package com.complianceportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.testsupport.PortalHttp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the portal says at the HTTP level: security headers, the session cookie, the sign-in form, proxies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpHardeningIT {

    @LocalServerPort
    int port;
    @Autowired
    AuditEventRepository audit;

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'", "connect-src 'self'")
                .doesNotContain("*", "http:", "https:");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).get().asString().contains("camera=()", "geolocation=()");
    }

    private static void assertNotStored(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/", "/assessments", "/VAADIN/missing.js", "/actuator/foo", "/no/such/page"})
    void pages_redirects_and_errors_carry_the_security_headers_and_are_not_stored(String path) {
        HttpResponse<String> response = new PortalHttp(port).get(path);

        assertSecurityHeaders(response);
        assertNotStored(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assessments", "/no/such/page", "/VAADIN/missing.js", "/actuator/foo"})
    void signed_in_pages_and_errors_carry_them_too(String path) {
        var http = new PortalHttp(port);
        http.signIn("viewer", "viewer");

        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).isIn(200, 403, 404);
        assertSecurityHeaders(response);
        assertNotStored(response);
    }

    @Test
    void static_resources_may_be_cached_and_still_carry_nosniff() {
        HttpResponse<String> response = new PortalHttp(port).get("/styles.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("max-age")
                .doesNotContain("no-store");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_never_in_an_address() {
        HttpResponse<String> response = new PortalHttp(port).get("/assessments");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().doesNotContainIgnoringCase("jsessionid");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax", "Path=/"));
    }

    @Test
    void a_sign_in_without_the_csrf_token_is_refused_and_with_it_succeeds() {
        var http = new PortalHttp(port);
        http.get("/login");

        HttpResponse<String> forged = http.post("/login", Map.of("username", "viewer", "password", "viewer"));
        assertThat(forged.headers().firstValue("Location")).get().asString().endsWith("/login?expired");
        assertThat(http.get("/assessments").statusCode()).as("still signed out").isEqualTo(302);

        HttpResponse<String> real = http.signIn("viewer", "viewer");
        assertThat(real.headers().firstValue("Location")).get().asString().doesNotContain("login");
        assertThat(http.get("/assessments").statusCode()).isEqualTo(200);
    }

    @Test
    void a_forged_forwarded_for_from_a_client_is_ignored_but_a_trusted_proxy_is_believed() {
        new PortalHttp(port).signIn("assessor", "wrong-password-xff", "X-Forwarded-For", "203.0.113.66");
        new PortalHttp(port, "127.0.0.2").signIn("assessor", "wrong-password-xff", "X-Forwarded-For", "198.51.100.77");

        List<String> addresses = audit.findByUsernameOrderByOccurredAtDesc("assessor").stream()
                .filter(e -> e.action() == AuditAction.SIGN_IN_FAILED).limit(2).map(AuditEvent::remoteAddress).toList();
        assertThat(addresses).containsExactlyInAnyOrder("127.0.0.1", "198.51.100.77");
    }

    @Test
    void a_forged_forwarded_host_never_becomes_a_redirect_to_another_host() {
        for (String from : new String[] {"127.0.0.1", "127.0.0.2"}) {
            HttpResponse<String> response = new PortalHttp(port, from).get("/assessments", "X-Forwarded-Host",
                    "evil.example", "X-Forwarded-Proto", "https");

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).get().asString().startsWith("/")
                    .doesNotContain("evil.example");
        }
    }

    @Test
    void hsts_is_sent_on_pages_that_came_over_tls_through_the_trusted_proxy_only() {
        HttpResponse<String> viaProxy = new PortalHttp(port, "127.0.0.2").get("/login", "X-Forwarded-Proto", "https");
        HttpResponse<String> forged = new PortalHttp(port).get("/login", "X-Forwarded-Proto", "https");

        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=31536000", "includeSubDomains");
        assertThat(forged.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void after_five_failures_from_one_address_the_next_attempt_waits_without_a_password_check() {
        var http = new PortalHttp(port);
        for (int i = 0; i < 6; i++) {
            http.signIn("admin", "wrong-password-" + i);
        }

        HttpResponse<String> refused = http.signIn("admin", "admin");

        assertThat(refused.headers().firstValue("Location")).get().asString().matches("/login\\?throttled=[0-9]+");
        assertThat(audit.findByUsernameOrderByOccurredAtDesc("admin").getFirst().action())
                .isEqualTo(AuditAction.SIGN_IN_THROTTLED);
        assertThat(new PortalHttp(port, "127.0.0.2").signIn("admin", "admin").headers().firstValue("Location"))
                .as("the real admin, elsewhere, is not locked out").get().asString().doesNotContain("login");
    }
}
