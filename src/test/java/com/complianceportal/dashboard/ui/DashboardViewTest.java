package com.complianceportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.assessment.ui.RegisterLinks;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Each dashboard figure links to the register filtered the same way, and shows that register's total. */
@SpringBootTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    AssessmentService service;
    @Autowired
    Clock clock;

    @BeforeEach
    void open() {
        navigate(DashboardView.class);
    }

    private void assertFigure(String id, AssessmentFilter filter) {
        Anchor link = find(Anchor.class).withId(id).single();
        assertThat(link.getHref()).isEqualTo(RegisterLinks.to(filter));
        String number = find(Span.class, link).all().stream()
                .filter(s -> s.hasClassName("tile-value") || s.hasClassName("figure-value")).map(Span::getText)
                .findFirst().orElseThrow().replaceAll("[^0-9]", "");
        assertThat(Long.parseLong(number)).as(id).isEqualTo(service.count(filter));
    }

    @Test
    void tiles_match_the_register_totals() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        assertFigure("figure-total", AssessmentFilter.NONE);
        assertFigure("figure-due-soon", DashboardFigures.dueSoonFilter(today));
        assertFigure("figure-overdue", AssessmentFilter.overdue());
        assertFigure("figure-overdue-capas", AssessmentFilter.overdueCapas());
    }

    @Test
    void status_and_severity_rows_match_the_register_totals() {
        assertFigure("status-submitted", AssessmentFilter.status("Submitted"));
        assertFigure("status-in-progress", AssessmentFilter.status("In Progress"));
        assertFigure("severity-critical", AssessmentFilter.withFindings(Severity.CRITICAL));
        assertFigure("severity-minor", AssessmentFilter.withFindings(Severity.MINOR));
        assertThat(find(Anchor.class).withId("status-submitted").single().getHref())
                .isEqualTo("assessments?status=Submitted");
    }
}
