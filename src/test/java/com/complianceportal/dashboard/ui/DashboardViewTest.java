package com.complianceportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.assessment.service.ListedAssessments;
import com.complianceportal.assessment.ui.RegisterLinks;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Each dashboard figure links to the register filtered the same way, and shows that register's total; figures being
 * updated after a register change say so until fresh ones replace them.
 */
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

    @Test
    void figures_being_updated_carry_a_note_until_fresh_ones_replace_them_in_place() {
        var source = new ListedAssessments(List.of(), service.capabilities());
        Instant countedAt = Instant.parse("2026-11-30T10:42:00Z");
        source.dashboardAs(new DashboardSnapshot(figures(1_234), countedAt, true));
        UI ui = UI.getCurrent();
        var view = new DashboardView(source.service(), clock);
        ui.add(view);

        Div note = find(Div.class, view).withId("dashboard-updating").single();
        assertThat(note.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(note.getText()).startsWith("Updating the figures after a register change").contains("10:42");
        assertThat(total(view)).isEqualTo("1,234");
        assertThat(ui.getPollInterval()).isEqualTo(UpdatingNote.POLL_MILLIS);

        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertThat(note.getText()).as("still being updated").contains("10:42");

        source.dashboardAs(DashboardSnapshot.current(figures(1_240), countedAt.plusSeconds(2)));
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertThat(note.getText()).isEmpty();
        assertThat(find(Div.class, view).withId("dashboard-updating").single()).as("the live region stays")
                .isSameAs(note);
        assertThat(total(view)).isEqualTo("1,240");
        assertThat(ui.getPollInterval()).as("no polling once the figures are current").isEqualTo(-1);
    }

    private String total(DashboardView view) {
        Anchor tile = find(Anchor.class, view).withId("figure-total").single();
        return find(Span.class, tile).withClassName("tile-value").single().getText();
    }

    private static DashboardFigures figures(long total) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        AssessmentVocabulary.STATUSES.forEach(status -> byStatus.put(status, 0L));
        byStatus.put("New", total);
        Map<Severity, DashboardFigures.SeverityFigure> findings = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            findings.put(severity, new DashboardFigures.SeverityFigure(0, 0));
        }
        return new DashboardFigures(total, byStatus, findings, 0, 0, 0);
    }
}
