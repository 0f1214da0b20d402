package com.complianceportal.dashboard.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.assessment.domain.FilterKind;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.domain.SourceCapabilities;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.assessment.ui.RegisterLinks;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.base.security.Roles;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.base.ui.chart.Chart;
import com.complianceportal.base.ui.chart.ChartKind;
import com.complianceportal.base.ui.chart.ChartSeries;
import com.complianceportal.base.ui.error.FailurePanel;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Register figures at a glance. Every figure links to the register with the same filter in the address. Figures that
 * are being counted again after a change to the register are shown with a note, and replaced in place once counted.
 */
@Route("")
@Menu(title = "menu.dashboard", icon = "vaadin:dashboard", order = 0)
@RolesAllowed(Roles.VIEWER)
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final AssessmentService service;
    private final NumberFormat numbers;
    private final SourceCapabilities source;
    private final LocalDate today;
    private final UpdatingNote note = new UpdatingNote(this::refresh);
    private @Nullable DashboardSnapshot shown;
    private @Nullable Div tiles;
    private @Nullable Div panels;

    DashboardView(AssessmentService service, Clock clock) {
        this.service = service;
        addClassName("dashboard-view");
        setPadding(true);
        setSpacing(false);
        numbers = NumberFormat.getIntegerInstance(UserTime.current().locale());
        source = service.capabilities();
        today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        add(note);
        DashboardSnapshot snapshot;
        try {
            snapshot = service.dashboard();
        } catch (SourceFailure failure) {
            add(new FailurePanel(Texts.t("dashboard.notLoaded"), failure,
                    () -> UI.getCurrent().getPage().reload()));
            return;
        }
        show(snapshot);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("dashboard.title");
    }

    /** Shows {@code snapshot} in place of the figures shown (those only when they differ), with its note. */
    private void show(DashboardSnapshot snapshot) {
        if (shown == null || !shown.figures().equals(snapshot.figures())) {
            DashboardFigures figures = snapshot.figures();
            var newTiles = new Div(tile(Texts.t("dashboard.total"), figures.total(), AssessmentFilter.NONE,
                    "figure-total"),
                    tile(Texts.t("dashboard.dueSoon", DashboardFigures.DUE_SOON_DAYS), figures.dueNext30Days(),
                            DashboardFigures.dueSoonFilter(today), "figure-due-soon"),
                    tile(Texts.t("dashboard.overdue"), figures.overdue(), AssessmentFilter.overdue(),
                            "figure-overdue"),
                    tile(Texts.t("dashboard.overdueCapas"), figures.overdueCapas(), AssessmentFilter.overdueCapas(),
                            "figure-overdue-capas"));
            newTiles.addClassName("dashboard-tiles");
            var newPanels = new Div(statusPanel(figures), source.supports(FilterKind.FINDING_SEVERITY)
                    ? findingsPanel(figures) : notAvailable(Texts.t("dashboard.findings"), "panel-findings",
                            Texts.t("dashboard.findings.notAvailable", source.name())));
            newPanels.addClassName("dashboard-panels");
            if (tiles == null || panels == null) {
                add(newTiles, newPanels);
            } else {
                replace(tiles, newTiles);
                replace(panels, newPanels);
            }
            tiles = newTiles;
            panels = newPanels;
        }
        shown = snapshot;
        note.show(snapshot);
    }

    /** Asks for the figures again; a source that fails now keeps the figures shown and stops asking. */
    private void refresh() {
        try {
            show(service.dashboard());
        } catch (SourceFailure failure) {
            note.stop();
        }
    }

    private Div statusPanel(DashboardFigures figures) {
        List<String> statuses = new ArrayList<>(figures.byStatus().keySet());
        List<Long> counts = statuses.stream().map(figures.byStatus()::get).toList();
        Chart chart = new Chart(ChartKind.DOUGHNUT);
        chart.setId("status-chart");
        chart.setTitle(Texts.t("dashboard.byStatus"));
        chart.setData(statuses, List.of(ChartSeries.of(Texts.t("dashboard.assessments"), counts)
                .withColours(statuses.stream().map(StatusColours::of).toArray(String[]::new))));
        chart.addSegmentClickListener(e -> open(AssessmentFilter.status(statuses.get(e.getIndex()))));
        var list = new Div();
        list.addClassName("figure-list");
        for (String status : statuses) {
            list.add(row(status, Texts.t("dashboard.assessmentCount", figures.byStatus().get(status)),
                    AssessmentFilter.status(status),
                    "status-" + status.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')));
        }
        return panel(Texts.t("dashboard.status"), "panel-status", chart, list);
    }

    private Div findingsPanel(DashboardFigures figures) {
        List<Severity> severities = List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.OBSERVATION);
        Chart chart = new Chart(ChartKind.BAR);
        chart.setId("findings-chart");
        chart.setTitle(Texts.t("dashboard.bySeverity"));
        chart.setData(severities.stream().map(Labels::label).toList(), List.of(
                ChartSeries.of(Texts.t("dashboard.findings"), severities.stream().map(s -> figures.findings().get(s)
                        .findings()).toList())
                        .withColours(severities.stream().map(StatusColours::severity).toArray(String[]::new))));
        chart.addSegmentClickListener(e -> open(AssessmentFilter.withFindings(severities.get(e.getIndex()))));
        var list = new Div();
        list.addClassName("figure-list");
        for (Severity severity : severities) {
            DashboardFigures.SeverityFigure figure = figures.findings().get(severity);
            list.add(row(Texts.t("dashboard.findingCount", Labels.label(severity), figure.findings()),
                    Texts.t("dashboard.inAssessments", figure.assessments()),
                    AssessmentFilter.withFindings(severity),
                    "severity-" + severity.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return panel(Texts.t("dashboard.findings"), "panel-findings", chart, list);
    }

    /** A figure that opens the register with its filter; one the source cannot count says so instead of a number. */
    private Component tile(String label, long value, AssessmentFilter filter, String id) {
        var text = new Span(label);
        text.addClassName("tile-label");
        if (!source.unsupportedIn(filter).isEmpty()) {
            var missing = new Span(Texts.t("dashboard.tileNotAvailable", source.name()));
            missing.addClassName("tile-missing");
            var tile = new Div(text, missing);
            tile.addClassName("dashboard-tile");
            tile.setId(id);
            return tile;
        }
        var number = new Span(numbers.format(value));
        number.addClassName("tile-value");
        var tile = new Anchor(RegisterLinks.to(filter), number, text);
        tile.addClassName("dashboard-tile");
        tile.setId(id);
        return tile;
    }

    private static Div notAvailable(String title, String id, String text) {
        var panel = new Div(new H3(title), new Paragraph(text));
        panel.addClassName("dashboard-panel");
        panel.setId(id);
        return panel;
    }

    private static Anchor row(String label, String value, AssessmentFilter filter, String id) {
        var text = new Span(label);
        var number = new Span(value);
        number.addClassName("figure-value");
        var row = new Anchor(RegisterLinks.to(filter), text, number);
        row.addClassName("figure-row");
        row.setId(id);
        return row;
    }

    private static Div panel(String title, String id, Chart chart, Div list) {
        var panel = new Div(new H3(title), chart, list);
        panel.addClassName("dashboard-panel");
        panel.setId(id);
        return panel;
    }

    private static void open(AssessmentFilter filter) {
        var location = new Location(RegisterLinks.to(filter));
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }
}
