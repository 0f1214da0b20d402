package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.base.security.Roles;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.base.ui.chart.Chart;
import com.complianceportal.base.ui.chart.ChartKind;
import com.complianceportal.base.ui.chart.ChartSeries;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** One assessment: header facts, findings, CAPA plan, dates, custom fields and stakeholder cards. */
@Route("assessments/:id")
@RolesAllowed(Roles.VIEWER)
public class AssessmentDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final AssessmentService service;
    private String title = "Assessment";

    AssessmentDetailView(AssessmentService service) {
        this.service = service;
        addClassName("detail-view");
        setPadding(true);
    }

    /** The address parameters of an assessment: its internal id or, better, the assessment id users see. */
    static RouteParameters parameters(String id) {
        return new RouteParameters("id", id);
    }

    /** The address parameters of a register row, by the assessment id users see ("100139-1"). */
    static RouteParameters parameters(AssessmentSummary summary) {
        return parameters(summary.assessmentId());
    }

    /** The relative address of an assessment's page, such as {@code assessments/100139-1}. */
    static String path(String id) {
        return RouteConfiguration.forApplicationScope().getUrl(AssessmentDetailView.class, parameters(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        var detail = ID.matcher(id).matches() ? service.find(id) : java.util.Optional.<AssessmentDetail>empty();
        if (detail.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No assessment with this id.");
            return;
        }
        removeAll();
        show(detail.get(), UserTime.current());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(AssessmentDetail detail, UserTime time) {
        AssessmentSummary s = detail.summary();
        title = "Assessment " + s.assessmentId();
        var back = new RouterLink("← Assessments", AssessmentsView.class);
        back.addClassName("back-link");
        var heading = new H2(s.assessmentId());
        heading.setId("detail-heading");
        var badges = new Div(DetailParts.badge(s.status(), Badges.statusTheme(s.status())));
        if (s.rating() != null) {
            badges.add(DetailParts.badge(s.rating(), Badges.ratingTheme(s.rating())));
        }
        badges.addClassName("badges");
        var header = new Div(heading, badges);
        header.addClassName("detail-header");
        add(back, header, DetailParts.facts(DetailParts.fact("Case", s.caseId()), DetailParts.fact("Type", s.type()),
                DetailParts.fact("Reason", s.reason()), DetailParts.fact("Workflow", s.workflowName()),
                DetailParts.fact("Standard", s.standard().label()), DetailParts.fact("Rating", s.rating()),
                DetailParts.fact("Score", s.score()),
                DetailParts.fact("Score %", s.scorePercentage() == null ? null : s.scorePercentage() + " %"),
                DetailParts.fact("Scheduling", s.schedulingStatus())));
        if (detail.workflowError() != null) {
            add(DetailParts.workflowError(detail.workflowError()));
        }
        if (detail.description() != null) {
            add(new Paragraph(detail.description()));
        }
        var columns = new Div(DetailParts.section("Findings", "findings", findings(s)),
                DetailParts.section("CAPA", "capa", new CapaPanel(detail.capa(), s.areasToImprove(), time)),
                DetailParts.section("Dates", "dates", new DatesTimeline(s.dates(), s.updatedAt(), time)),
                DetailParts.section("Custom fields", "custom-fields", customFields(s.customFields())));
        columns.addClassName("detail-grid");
        add(columns);
        if (detail.overallComment() != null) {
            add(DetailParts.section("Overall comment", "overall-comment", new Paragraph(detail.overallComment())));
        }
        add(DetailParts.section("Stakeholders", "stakeholder-section", new StakeholderCards(detail.stakeholders())));
    }

    private static Div findings(AssessmentSummary s) {
        var content = new Div();
        if (s.findings().isEmpty()) {
            content.add(new Paragraph(s.dates().submitted() == null ? "No findings yet: not submitted."
                    : "No findings recorded for this assessment."));
            content.add(DetailParts.facts(DetailParts.fact("Areas to improve", String.valueOf(s.areasToImprove()))));
            return content;
        }
        List<Severity> severities = Arrays.stream(Severity.values()).filter(v -> v != Severity.OTHER
                || s.findings().stream().anyMatch(f -> f.severity() == Severity.OTHER)).toList();
        List<Integer> counts = severities.stream().map(v -> s.findings().stream().filter(f -> f.severity() == v)
                .mapToInt(FindingCount::count).sum()).toList();
        Chart chart = new Chart(ChartKind.HORIZONTAL_BAR);
        chart.setId("findings-chart");
        chart.setTitle("Findings by severity");
        chart.setHeight("12rem");
        chart.setData(severities.stream().map(Severity::label).toList(),
                List.of(ChartSeries.of("Findings", counts).withColours(severities.stream()
                        .map(Badges::severityColour).toArray(String[]::new))));
        content.add(chart, DetailParts.facts(DetailParts.fact("Total findings", String.valueOf(s.totalFindings())),
                DetailParts.fact("Areas to improve", String.valueOf(s.areasToImprove()))));
        return content;
    }

    private static Div customFields(Map<String, String> fields) {
        if (fields.isEmpty()) {
            return new Div(new Span("None"));
        }
        var facts = new Div();
        facts.addClassName("facts");
        new TreeMap<>(fields).forEach((k, v) -> facts.add(DetailParts.fact(k, v)));
        return facts;
    }
}
