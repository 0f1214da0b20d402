package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.base.ui.chart.Chart;
import com.complianceportal.base.ui.error.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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

    @Test
    void shows_header_findings_capa_and_stakeholder_cards_with_contact_links() {
        AssessmentSummary s = service.search(AssessmentFilter.withFindings(Severity.MAJOR), List.of(), 0, 1).getFirst();
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
    void the_assessment_id_users_see_opens_the_page_and_so_does_the_internal_id() {
        AssessmentSummary s = service.search(AssessmentFilter.NONE, List.of(), 5, 1).getFirst();

        navigate("assessments/" + s.assessmentId(), AssessmentDetailView.class);
        assertThat(find(H2.class).withId("detail-heading").single().getText()).isEqualTo(s.assessmentId());

        navigate("assessments/" + s.id(), AssessmentDetailView.class);
        assertThat(find(H2.class).withId("detail-heading").single().getText()).isEqualTo(s.assessmentId());
        assertThat(AssessmentDetailView.path(s.assessmentId())).isEqualTo("assessments/" + s.assessmentId());
        assertThat(AssessmentDetailView.parameters(s).get("id")).contains(s.assessmentId());
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
