package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.base.ui.chart.Chart;
import com.complianceportal.base.ui.error.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class AssessmentDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    AssessmentService service;
    @Autowired
    Clock clock;

    private String text(String id) {
        return find(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    void shows_header_findings_capa_and_stakeholder_cards_with_contact_links() {
        AssessmentSummary s = service.search(AssessmentFilter.withFindings(Severity.MAJOR), List.of(), 0, 1).rows()
                .getFirst();
        navigate(AssessmentDetailView.class, java.util.Map.of("id", s.id()));
        assertThat(find(H2.class).withId("detail-heading").single().getText()).isEqualTo(s.assessmentId());
        Chart chart = find(Chart.class).withId("findings-chart").single();
        assertThat(chart.getLabels()).contains("Major");
        List<Card> cards = find(Card.class).all();
        assertThat(cards).extracting(Card::getId).contains(java.util.Optional.of("card-assessed"),
                java.util.Optional.of("card-executor-0"));
        List<String> links = find(Anchor.class).all().stream().map(Anchor::getHref).toList();
        assertThat(links).anyMatch(h -> h.startsWith("mailto:") && h.contains("@"));
        assertThat(links).anyMatch(h -> h.startsWith("tel:+"));
        assertThat(find(com.vaadin.flow.component.details.Details.class).all()).hasSize(s.areasToImprove());
    }

    @Test
    void the_header_names_the_assessed_organisation_with_its_country_the_due_date_and_the_lead_executor() {
        AssessmentSummary s = service.search(AssessmentFilter.status("Submitted"), List.of(), 3, 1).rows().getFirst();
        AssessmentDetail detail = service.find(s.id()).orElseThrow();
        String country = s.stakeholders().assessedAddress().country();

        navigate("assessments/" + s.assessmentId(), AssessmentDetailView.class);

        String assessed = text("keyfact-assessed");
        assertThat(assessed).contains(s.stakeholders().assessedOrg().name())
                .contains(Locale.of("", country).getDisplayCountry(Locale.ENGLISH))
                .contains(s.stakeholders().assessedOrg().orgId()).doesNotContain(", " + country);
        assertThat(text("keyfact-due")).contains(UserTime.current().date(s.dates().due()));
        assertThat(text("keyfact-lead")).contains(s.stakeholders().leadExecutorName());
        assertThat(detail.stakeholders().executors().getFirst().lead()).isTrue();
    }

    @Test
    void the_contacts_of_the_assessed_organisation_and_the_lead_executor_open_in_the_header() {
        AssessmentSummary s = service.search(AssessmentFilter.status("Completed"), List.of(), 0, 1).rows().getFirst();
        AssessmentDetail detail = service.find(s.id()).orElseThrow();
        navigate("assessments/" + s.assessmentId(), AssessmentDetailView.class);

        Popover assessed = find(Popover.class).withId("assessed-contacts-popover").single();
        assertThat(assessed.getTarget()).isSameAs(find(Button.class).withId("assessed-contacts").single());
        test(assessed).clickTarget();

        assertThat(assessed.isOpened()).isTrue();
        assertThat(find(Anchor.class).from(assessed).all()).extracting(Anchor::getHref)
                .containsAll(detail.stakeholders().assessedOrg().contacts().stream()
                        .map(c -> "mailto:" + c.email()).toList());
        Popover lead = find(Popover.class).withId("lead-contacts-popover").single();
        String leadContact = detail.stakeholders().executors().getFirst().party().contacts().getFirst().name();
        assertThat(lead.getElement().getTextRecursively()).contains(leadContact);
        assertThat(find(Button.class).withId("assessed-contacts").single().getText())
                .isEqualTo(detail.stakeholders().assessedOrg().contacts().size() == 1 ? "1 contact"
                        : detail.stakeholders().assessedOrg().contacts().size() + " contacts");
    }

    @Test
    void an_open_assessment_past_its_due_date_is_marked_overdue_and_a_closed_one_is_not() {
        AssessmentSummary overdue = service.search(AssessmentFilter.overdue(), List.of(), 0, 1).rows().getFirst();
        navigate("assessments/" + overdue.assessmentId(), AssessmentDetailView.class);
        assertThat(find(Badge.class).withId("overdue-marker").single().getText()).isEqualTo("Overdue");

        AssessmentSummary closedLate = service.search(AssessmentFilter.status("Report Declined"), List.of(), 0, 100).rows()
                .stream().filter(s -> s.dates().due() != null && s.dates().due().isBefore(LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC))))
                .findFirst().orElseThrow();
        navigate("assessments/" + closedLate.assessmentId(), AssessmentDetailView.class);
        assertThat(find(Badge.class).withId("overdue-marker").all()).isEmpty();
    }

    @Test
    void stakeholder_cards_name_countries_say_each_place_once_and_keep_roles_apart_from_flags() {
        AssessmentSummary s = service.search(AssessmentFilter.status("Completed"), List.of(), 1, 1).rows().getFirst();
        AssessmentDetail detail = service.find(s.id()).orElseThrow();
        navigate("assessments/" + s.assessmentId(), AssessmentDetailView.class);

        Card assessed = find(Card.class).withId("card-assessed").single();
        String card = assessed.getElement().getTextRecursively();
        String city = s.stakeholders().assessedAddress().city();
        assertThat(card.split(java.util.regex.Pattern.quote(city), -1)).as("the city once").hasSize(2);
        String country = Locale.of("", s.stakeholders().assessedAddress().country()).getDisplayCountry(Locale.ENGLISH);
        assertThat(card.split(country, -1)).as("the country once, by name").hasSize(2);

        var lead = detail.stakeholders().executors().getFirst();
        Card executor = find(Card.class).withId("card-executor-0").single();
        assertThat(find(Span.class).withClassName("executor-roles").from(executor).single().getText())
                .isEqualTo(String.join(", ", lead.assignedRoles()));
        assertThat(find(Badge.class).from(executor).all()).extracting(Badge::getText)
                .contains("Lead").doesNotContainAnyElementsOf(lead.assignedRoles());
    }

    @Test
    void the_assessment_id_users_see_opens_the_page_and_so_does_the_internal_id() {
        AssessmentSummary s = service.search(AssessmentFilter.NONE, List.of(), 5, 1).rows().getFirst();

        navigate("assessments/" + s.assessmentId(), AssessmentDetailView.class);
        assertThat(find(H2.class).withId("detail-heading").single().getText()).isEqualTo(s.assessmentId());

        navigate("assessments/" + s.id(), AssessmentDetailView.class);
        assertThat(find(H2.class).withId("detail-heading").single().getText()).isEqualTo(s.assessmentId());
        assertThat(AssessmentDetailView.path(s.assessmentId())).isEqualTo("assessments/" + s.assessmentId());
        assertThat(AssessmentDetailView.parameters(s).orElseThrow().get("id")).contains(s.assessmentId());
    }

    @Test
    void an_unknown_assessment_id_gives_the_not_found_page() {
        navigate("assessments/999999-9", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void an_unknown_id_gives_the_not_found_page() {
        navigate("assessments/00000000-0000-0000-0000-000000000000", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void an_id_with_strange_characters_gives_the_not_found_page() {
        navigate("assessments/%3Cscript%3E", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
