package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.base.ui.chart.Chart;
import com.complianceportal.base.ui.chart.ChartKind;
import com.complianceportal.base.ui.chart.ChartSeries;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;

/** Findings by severity as a bar chart, with the totals; or why there are none. */
final class FindingsPanel extends Div {

    FindingsPanel(AssessmentSummary s) {
        addClassName("findings-panel");
        String areas = Counts.areasToImprove(s.areasToImprove());
        if (s.findings().isEmpty()) {
            add(new Paragraph(s.dates().submitted() == null ? Texts.t("assessment.findingsPanel.noFindingsYetNot")
                    : Texts.t("assessment.findingsPanel.noFindingsRecordedFor")));
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
        chart.setTitle(Texts.t("assessment.findingsPanel.findingsBySeverity"));
        chart.setHeight("12rem");
        chart.setData(severities.stream().map(Labels::label).toList(),
                List.of(ChartSeries.of(Texts.t("assessment.findingsPanel.findings"), counts)
                        .withColours(severities.stream()
                        .map(Badges::severityColour).toArray(String[]::new))));
        add(chart, summary(Texts.t("assessment.findingsPanel.summary", Counts.findings(s.totalFindings()), areas)));
    }

    private static Paragraph summary(String text) {
        var summary = new Paragraph(text);
        summary.setId("findings-summary");
        summary.addClassName("findings-summary");
        return summary;
    }
}
