package com.complianceportal.assessment.upstream;

import static com.complianceportal.assessment.upstream.RiseStub.ASSESSOR_KEY;
import static com.complianceportal.assessment.upstream.RiseStub.HEADER;
import static com.complianceportal.assessment.upstream.RiseStub.ONE;
import static com.complianceportal.assessment.upstream.RiseStub.SEARCH;
import static com.complianceportal.assessment.upstream.RiseStub.VIEWER_KEY;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.service.RegisterChanged;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.testsupport.UpstreamKeys;
import com.complianceportal.user.domain.Role;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** Rise's answers are kept a short while for the user who asked, never for anybody else. */
@RiseUpstreamTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class RiseCachingIT {

    static final List<AssessmentSort> NEWEST_FIRST = List.of(AssessmentSort.DEFAULT);

    @Autowired
    ApplicationContext context;
    @Autowired
    RiseAssessmentSource source;
    WireMockServer rise;

    @BeforeEach
    void eachUserHasARegisterOfTheirOwn() {
        rise = RiseStub.fresh(context);
        rise.stubFor(post(urlPathEqualTo(SEARCH)).withHeader(HEADER, equalTo(VIEWER_KEY))
                .willReturn(okJson(RiseStub.page(0, 50, 111, 100_000, "Viewer Org"))));
        rise.stubFor(post(urlPathEqualTo(SEARCH)).withHeader(HEADER, equalTo(ASSESSOR_KEY))
                .willReturn(okJson(RiseStub.page(0, 50, 222, 200_000, "Assessor Org"))));
    }

    private AssessmentPage firstPage() {
        return source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 50);
    }

    private int searches() {
        return rise.findAll(postRequestedFor(urlPathEqualTo(SEARCH))).size();
    }

    @Test
    void the_same_page_asked_again_is_answered_from_what_was_kept() {
        assertThat(firstPage().total()).isEqualTo(111);
        assertThat(firstPage().total()).isEqualTo(111);

        assertThat(searches()).isEqualTo(1);
    }

    @Test
    void the_total_that_came_with_a_page_answers_the_count_of_its_filter() {
        firstPage();

        assertThat(source.search(AssessmentFilter.NONE, NEWEST_FIRST, 0, 0).total()).isEqualTo(111);
        assertThat(source.search(AssessmentFilter.NONE, List.of(new AssessmentSort(AssessmentSort.Field.STATUS,
                false)), 0, 0).total()).as("any sort: the same set").isEqualTo(111);
        assertThat(searches()).isEqualTo(1);
    }

    @Test
    void a_revoked_key_leaves_nothing_kept_and_a_replacing_key_is_read_with_at_once() {
        assertThat(firstPage().total()).isEqualTo(111);

        UpstreamKeys.revoke(context, "viewer", Upstream.RISE);
        assertThatThrownBy(this::firstPage).isInstanceOf(SourceFailure.NoKey.class);
        UpstreamKeys.give(context, "viewer", Upstream.RISE, "viewer-rise-key-new-0003");
        rise.stubFor(post(urlPathEqualTo(SEARCH)).withHeader(HEADER, equalTo("viewer-rise-key-new-0003"))
                .willReturn(okJson(RiseStub.page(0, 50, 333, 300_000, "Other Org"))));
        assertThat(firstPage().total()).isEqualTo(333);
        UpstreamKeys.give(context, "viewer", Upstream.RISE, VIEWER_KEY);
        assertThat(firstPage().total()).as("replaced again: read with the key now set").isEqualTo(111);

        assertThat(searches()).isEqualTo(3);
    }

    @Test
    void another_user_asking_the_same_gets_their_own_answer_with_their_own_key() {
        AssessmentPage viewers = firstPage();
        AssessmentPage assessors = RiseStub.as("assessor", Role.ASSESSOR, this::firstPage);

        assertThat(viewers.total()).isEqualTo(111);
        assertThat(viewers.rows()).allSatisfy(row -> assertThat(row.stakeholders().assessedOrg().name())
                .isEqualTo("Viewer Org"));
        assertThat(assessors.total()).isEqualTo(222);
        assertThat(assessors.rows()).allSatisfy(row -> assertThat(row.stakeholders().assessedOrg().name())
                .isEqualTo("Assessor Org"));
        rise.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)).withHeader(HEADER, equalTo(VIEWER_KEY)));
        rise.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)).withHeader(HEADER, equalTo(ASSESSOR_KEY)));
    }

    @Test
    void users_asking_the_same_at_the_same_time_wait_for_one_load() throws Exception {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).withHeader(HEADER, equalTo(VIEWER_KEY))
                .willReturn(okJson(RiseStub.page(0, 50, 111, 100_000, "Viewer Org")).withFixedDelay(500)));
        var viewer = SecurityContextHolder.getContext();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        try {
            List<Future<Long>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(threads.submit(() -> {
                    SecurityContextHolder.setContext(viewer);
                    try {
                        start.await();
                        return firstPage().total();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            for (Future<Long> answer : answers) {
                assertThat(answer.get()).isEqualTo(111);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(searches()).isEqualTo(1);
    }

    @Test
    void a_failure_is_not_kept() {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("down").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(401)).willSetStateTo("up"));
        rise.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("down").whenScenarioStateIs("up")
                .willReturn(okJson(RiseStub.page(0, 50, 333, 100_000, "Viewer Org"))));

        assertThatThrownBy(this::firstPage).isInstanceOf(SourceFailure.KeyRejected.class);
        assertThat(firstPage().total()).isEqualTo(333);
    }

    @Test
    void a_change_to_the_register_forgets_what_was_kept() {
        firstPage();
        context.publishEvent(new RegisterChanged("100000-1"));
        firstPage();

        assertThat(searches()).isEqualTo(2);
    }

    @Test
    void an_assessment_is_kept_for_its_reader_only() {
        rise.stubFor(get(urlPathEqualTo(ONE + "exec-1")).withHeader(HEADER, equalTo(VIEWER_KEY))
                .willReturn(okJson(RiseStub.example("detail-example.json"))));
        rise.stubFor(get(urlPathEqualTo(ONE + "exec-1")).withHeader(HEADER, equalTo(ASSESSOR_KEY))
                .willReturn(aResponse().withStatus(404)));

        assertThat(source.find("exec-1")).isPresent();
        assertThat(source.find("exec-1")).isPresent();
        assertThat(RiseStub.as("assessor", Role.ASSESSOR, () -> source.find("exec-1"))).isEmpty();

        rise.verify(1, getRequestedFor(urlPathEqualTo(ONE + "exec-1")).withHeader(HEADER, equalTo(VIEWER_KEY)));
        rise.verify(1, getRequestedFor(urlPathEqualTo(ONE + "exec-1")).withHeader(HEADER, equalTo(ASSESSOR_KEY)));
    }
}
