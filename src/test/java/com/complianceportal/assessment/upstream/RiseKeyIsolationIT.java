package com.complianceportal.assessment.upstream;

import static com.complianceportal.assessment.upstream.RiseStub.ASSESSOR_KEY;
import static com.complianceportal.assessment.upstream.RiseStub.HEADER;
import static com.complianceportal.assessment.upstream.RiseStub.ONE;
import static com.complianceportal.assessment.upstream.RiseStub.SEARCH;
import static com.complianceportal.assessment.upstream.RiseStub.VIEWER_KEY;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.user.domain.Role;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * Two users with different keys, a thousand calls of every kind interleaved on parallel threads: each request carries
 * its own user's key, and no answer kept for one user reaches the other. Rise answers each key differently.
 */
@RiseUpstreamTest
class RiseKeyIsolationIT {

    static final int CALLS = 1_000;
    static final int THREADS = 8;

    /** One user of the test: who, with which key, and what Rise answers that key. */
    record User(String name, Role role, String key, String org, long total) {
    }

    static final User VIEWER = new User("viewer", Role.VIEWER, VIEWER_KEY, "Viewer Org", 1_111);
    static final User ASSESSOR = new User("assessor", Role.ASSESSOR, ASSESSOR_KEY, "Assessor Org", 2_222);

    @Autowired
    ApplicationContext context;
    @Autowired
    RiseAssessmentSource source;
    WireMockServer rise;
    final Queue<String> wrong = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void riseAnswersEachKeyWithItsOwnRegister() {
        rise = RiseStub.fresh(context);
        for (User user : List.of(VIEWER, ASSESSOR)) {
            rise.stubFor(post(urlPathEqualTo(SEARCH)).withHeader(HEADER, equalTo(user.key()))
                    .willReturn(okJson(RiseStub.page(0, 100, user.total(), 100_000, user.org()))));
            rise.stubFor(get(urlPathMatching(ONE + ".*")).withHeader(HEADER, equalTo(user.key()))
                    .willReturn(okJson(RiseStub.example("detail-example.json").replace("Saigon Garments Factory",
                            user.org()))));
        }
    }

    @Test
    void a_thousand_interleaved_calls_of_two_users_each_carry_their_own_key_and_get_their_own_answers()
            throws Exception {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(20261129));
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int call : order) {
                User user = call % 2 == 0 ? VIEWER : ASSESSOR;
                calls.add(threads.submit(() -> {
                    SecurityContextHolder.setContext(RiseStub.signedIn(user.name(), user.role()));
                    try {
                        oneCall(user, call);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(wrong).as("answers of the other user").isEmpty();
        List<ServeEvent> requests = rise.getAllServeEvents();
        assertThat(requests).as("many calls reached Rise, many were answered from what was kept").hasSizeGreaterThan(
                100);
        int marked = 0;
        for (ServeEvent event : requests) {
            String key = event.getRequest().getHeader(HEADER);
            assertThat(key).isIn(VIEWER_KEY, ASSESSOR_KEY);
            String owner = owner(event);
            if (owner != null) {
                marked++;
                assertThat(key).as(event.getRequest().getUrl() + " " + event.getRequest().getBodyAsString())
                        .isEqualTo(owner.equals(VIEWER.name()) ? VIEWER_KEY : ASSESSOR_KEY);
            }
        }
        assertThat(marked).as("requests that name their user").isGreaterThan(100);
    }

    /** One call of one kind; what it answers must be the user's own register. */
    private void oneCall(User user, int call) {
        List<AssessmentSort> sort = List.of(AssessmentSort.DEFAULT);
        switch (call % 10) {
            case 0, 1, 2 -> {
                // A search that names its user, so the request log shows whose it was.
                var page = source.search(AssessmentFilter.NONE.withText(user.name() + "-" + call % 40), sort,
                        50 * (call % 3), 50);
                check(user, page.total() == user.total(), "search total " + page.total());
                page.rows().forEach(row -> checkRow(user, row));
            }
            case 3, 4 -> {
                // The same question from both users: the answer kept for one must not reach the other.
                var page = source.search(AssessmentFilter.status("New"), sort, 0, 50);
                check(user, page.total() == user.total(), "shared search total " + page.total());
                page.rows().forEach(row -> checkRow(user, row));
            }
            case 5 -> {
                long total = source.search(AssessmentFilter.NONE, sort, 0, 0).total();
                check(user, total == user.total(), "count " + total);
            }
            case 6, 7 -> source.find(user.name() + "-exec-" + call % 7).ifPresentOrElse(
                    detail -> check(user, detail.stakeholders().assessedOrg().organisation().name()
                            .equals(user.org()), "detail of " + detail.stakeholders().assessedOrg()),
                    () -> check(user, false, "no detail"));
            case 8 -> {
                DashboardFigures figures = source.dashboard().figures();
                check(user, figures.total() == user.total() && figures.byStatus().values().stream()
                        .allMatch(n -> n == user.total()), "dashboard " + figures.total());
            }
            default -> {
                if (call % 30 == 9) {
                    List<AssessmentSummary> rows = Collections.synchronizedList(new ArrayList<>());
                    source.stream(AssessmentFilter.NONE.withText(user.name()), sort, rows::add);
                    check(user, rows.size() == RiseStub.EXPORT_MAX_ROWS, "export of " + rows.size());
                    rows.forEach(row -> checkRow(user, row));
                } else {
                    var page = source.search(AssessmentFilter.NONE, sort, 0, 50);
                    check(user, page.total() == user.total(), "first page total " + page.total());
                }
            }
        }
    }

    private void checkRow(User user, AssessmentSummary row) {
        check(user, user.org().equals(row.stakeholders().assessedOrg().name()),
                "row of " + row.stakeholders().assessedOrg().name());
    }

    private void check(User user, boolean ok, String what) {
        if (!ok) {
            wrong.add(user.name() + " got " + what);
        }
    }

    /** The user a request names: in its search text or its path; null for requests that name nobody. */
    private static String owner(ServeEvent event) {
        String url = event.getRequest().getUrl();
        for (User user : List.of(VIEWER, ASSESSOR)) {
            if (url.startsWith(ONE + user.name() + "-")) {
                return user.name();
            }
        }
        String body = event.getRequest().getBodyAsString();
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode search = Json.parse(body).get("search");
        if (search == null) {
            return null;
        }
        return Map.of("viewer", VIEWER.name(), "assessor", ASSESSOR.name()).get(search.asString().split("-")[0]);
    }
}
