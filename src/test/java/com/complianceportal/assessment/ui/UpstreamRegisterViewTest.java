package com.complianceportal.assessment.ui;

import static com.complianceportal.assessment.upstream.RiseStub.ONE;
import static com.complianceportal.assessment.upstream.RiseStub.SEARCH;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.upstream.RiseStub;
import com.complianceportal.assessment.upstream.RiseUpstreamTest;
import com.complianceportal.dashboard.ui.DashboardView;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** The register, dashboard and detail page in upstream mode, against a stand-in for Inspectorio Rise. */
@RiseUpstreamTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class UpstreamRegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    WireMockServer rise;

    @BeforeEach
    void riseHoldsTwelveHundredAssessments() {
        rise = RiseStub.fresh(context);
        rise.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(RiseStub.page(0, 50, 1_234, 100_000,
                "Bright Star"))));
    }

    private AssessmentGrid open(String query) {
        navigate(AssessmentsView.class);
        UI.getCurrent().navigate(AssessmentsView.class, QueryParameters.fromString(query));
        AssessmentGrid grid = find(AssessmentGrid.class).single();
        grid.getDataCommunicator().setViewportRange(0, AssessmentGrid.PAGE_SIZE);
        roundTrip();
        return grid;
    }

    private String total() {
        return find(Span.class).withId("register-total").single().getText();
    }

    private String text(String id) {
        return find(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    void the_register_shows_rises_rows_and_rises_total() {
        AssessmentGrid grid = open("");

        assertThat(total()).isEqualTo("1,234 assessments");
        assertThat(test(grid).getRow(0).assessmentId()).isEqualTo("100000-1");
        assertThat(test(grid).getRow(0).organisation()).isEqualTo("Bright Star");
    }

    @Test
    void filters_rise_cannot_apply_are_named_in_the_notice_and_left_out_of_the_request() {
        open("status=New&severity=Critical&capa_overdue=true&sort=organisation:asc");

        String notice = test(find(Notification.class).withId("ignored-parameters-notice").single()).getText();
        assertThat(notice).contains("findings by severity (not available from Inspectorio Rise)",
                "overdue CAPA (not available from Inspectorio Rise)",
                "sort by organisation (not available from Inspectorio Rise)");
        rise.verify(postRequestedFor(urlPathEqualTo(SEARCH)).withRequestBody(equalToJson(
                "{\"assessment_status\":\"New\",\"order\":\"updated_date:desc\"}", false, true)));
    }

    @Test
    void a_second_sort_key_is_named_as_one_rise_cannot_apply() {
        open("sort=dueDate:asc,status:desc");

        assertThat(test(find(Notification.class).single()).getText())
                .contains("sort by status (Inspectorio Rise sorts by one column at a time)");
        rise.verify(postRequestedFor(urlPathEqualTo(SEARCH)).withRequestBody(matchingJsonPath("$.order",
                equalTo("due_date:asc"))));
    }

    @Test
    void a_failing_rise_is_said_in_plain_words_with_a_way_to_try_again() {
        rise.resetAll();
        rise.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(500)));
        open("");

        assertThat(text("register-empty")).contains("Rise is not available right now. Try again in a few minutes.");
        assertThat(total()).isEmpty();
        Button again = find(Button.class).withId("register-retry").single();
        assertThat(again.isVisible()).isTrue();

        rise.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(RiseStub.page(0, 50, 1_234, 100_000, "Back"))));
        test(again).click();
        find(AssessmentGrid.class).single().getDataCommunicator().setViewportRange(0, AssessmentGrid.PAGE_SIZE);
        roundTrip();

        assertThat(total()).isEqualTo("1,234 assessments");
    }

    @Test
    void the_dashboard_shows_rises_totals_and_says_which_figures_rise_cannot_give() {
        // The dashboard is the start page: it was made before this test gave the viewer a key, so make it anew.
        navigate(DashboardView.class);
        UI.getCurrent().refreshCurrentRoute(true);

        assertThat(text("figure-total")).contains("1,234");
        assertThat(text("figure-overdue")).contains("1,234");
        assertThat(text("figure-overdue-capas")).contains("Not available from Inspectorio Rise");
        assertThat(text("panel-findings")).contains("Findings by severity are not available from Inspectorio Rise.");
    }

    @Test
    void an_assessment_opens_by_the_id_users_see() {
        rise.stubFor(post(urlPathEqualTo(SEARCH)).withRequestBody(matchingJsonPath("$.case_id", equalTo("100000")))
                .willReturn(okJson(RiseStub.example("search-example.json"))));
        rise.stubFor(get(urlPathEqualTo(ONE + "5c40e755-3ab0-4fa9-9a44-f76a95f0e87d"))
                .willReturn(okJson(RiseStub.example("detail-example.json"))));

        navigate(AssessmentDetailView.class, Map.of("id", "100000-2"));

        assertThat(text("detail-heading")).isEqualTo("100000-2");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).contains("Saigon Garments Factory");
    }

    @Test
    void an_assessment_rise_cannot_deliver_is_said_in_plain_words() {
        rise.stubFor(get(urlPathEqualTo(ONE + "exec-1")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "30")));

        navigate(AssessmentDetailView.class, Map.of("id", "exec-1"));

        assertThat(text("failure-panel")).contains("Rise is busy. Try again in 30 seconds.");
        assertThat(find(Button.class).withId("failure-retry").single().isVisible()).isTrue();
    }
}
