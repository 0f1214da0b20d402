package com.complianceportal.assessment.upstream;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyAdministration;
import com.complianceportal.assessment.service.RegisterChanged;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the Rise tests share: the demo users' keys, a clean stub before each test, and running as a user. */
public final class RiseStub {

    public static final String SEARCH = RiseApi.SEARCH;
    public static final String ONE = RiseApi.ONE;
    public static final String HEADER = Upstream.RISE.header();
    public static final String VIEWER_KEY = "viewer-rise-key-0001";
    public static final String ASSESSOR_KEY = "assessor-rise-key-0002";
    public static final int EXPORT_MAX_ROWS = 250;
    public static final int EXPORT_CONCURRENCY = 2;

    private RiseStub() {
    }

    /**
     * Before each test: the stub forgets its stubs and requests, the portal what it kept, the circuit is closed again,
     * and the demo viewer and assessor have their own Rise keys (set by the administrator, as on the admin screen).
     */
    public static WireMockServer fresh(ApplicationContext context) {
        WireMockServer server = context.getBean(WireMockServer.class);
        server.resetAll();
        context.publishEvent(RegisterChanged.many());
        context.getBean(VendorClients.class).rise().circuitBreaker().reset();
        var administration = context.getBean(ApiKeyAdministration.class);
        var users = context.getBean(PortalUserRepository.class);
        as("admin", Role.ADMIN, () -> {
            for (var user : Map.of("viewer", VIEWER_KEY, "assessor", ASSESSOR_KEY).entrySet()) {
                long id = Objects.requireNonNull(users.findByUsername(user.getKey()).orElseThrow().id());
                administration.set(id, Upstream.RISE, Secret.of(user.getValue()), "test", true);
            }
            return null;
        });
        return server;
    }

    /** Runs {@code work} signed in as {@code username} with {@code role} on this thread, then restores who was. */
    public static <T> T as(String username, Role role, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(signedIn(username, role));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** A security context of {@code username} with the authorities of {@code role}, for a thread of its own. */
    public static SecurityContext signedIn(String username, Role role) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                role.authorities().stream().map(SimpleGrantedAuthority::new).toList()));
        return context;
    }

    /** A test file under {@code rise/}, such as the seed's example list response. */
    public static String example(String name) {
        try (InputStream in = RiseStub.class.getResourceAsStream("/rise/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A search answer of {@code count} rows from {@code offset} on, of {@code total}; the rows' assessment ids are
     * {@code <case>-1} with case numbers counting up from {@code firstCase + offset}, their organisation {@code org}.
     */
    public static String page(long offset, int count, long total, long firstCase, String org) {
        var rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            long caseId = firstCase + offset + i;
            rows.append(i == 0 ? "" : ",").append(row("exec-" + caseId, caseId + "-1", org));
        }
        return "{\"data\":[" + rows + "],\"limit\":" + Math.max(1, count) + ",\"offset\":" + offset + ",\"total\":"
                + total + "}";
    }

    /** One list item with the fields the register shows. */
    public static String row(String executionId, String assessmentId, String org) {
        return """
                {"id":"%s","assessmentId":"%s","caseId":%s,"status":"In Progress","type":"Self Assessment",
                 "standard":{"name":"Environmental Audit","version":"6.1"},"rating":"Good","score":"8/10",
                 "scoreInPercentage":"80%%","assessmentDueDate":"2026-12-01T00:00:00.000000+00:00",
                 "stakeholders":{"assessedOrg":{"id":"o-1","name":"%s","city":"Lyon","country":"FR"}},
                 "updatedDate":"2026-11-20T10:00:00Z"}""".formatted(executionId, assessmentId,
                assessmentId.split("-")[0], org);
    }
}
