package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.base.ui.chart.Chart;
import com.complianceportal.base.ui.chart.ChartKind;
import com.complianceportal.base.ui.chart.ChartSeries;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;

/** Findings by severity as a bar chart, with the totals; or why there are none. */
final class FindingsPanel extends Div {

    FindingsPanel(AssessmentSummary s) {
        addClassName("findings-panel");
        String areas = Counts.of(s.areasToImprove(), "area to improve", "areas to improve");
        if (s.findings().isEmpty()) {
            add(new Paragraph(s.dates().submitted() == null ? "No findings yet: not submitted."
                    : "No findings recorded for this assessment."));
            if (s.areasToImprove() > 0) {
                add(summary(areas));
            }
            return;
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
        add(chart, summary(Counts.of(s.totalFindings(), "finding", "findings") + ", " + areas));
    }

    private static Paragraph summary(String text) {
        var summary = new Paragraph(text);
        summary.setId("findings-summary");
        summary.addClassName("findings-summary");
        return summary;
    }
}
