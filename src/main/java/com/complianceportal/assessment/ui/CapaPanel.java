package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.CapaDetail;
import com.complianceportal.assessment.domain.CapaSummary;
import com.complianceportal.base.ui.UserTime;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** The CAPA plan: status, due date, labels and every area to improve. */
final class CapaPanel extends Div {

    CapaPanel(@Nullable CapaDetail capa, int areasToImprove, UserTime time) {
        addClassName("capa-panel");
        if (capa == null) {
            add(new Paragraph(areasToImprove == 0 ? "No CAPA plan: nothing to improve."
                    : "No CAPA plan yet for " + Counts.of(areasToImprove, "area", "areas") + " to improve."));
            return;
        }
        var labels = new Div();
        labels.addClassName("badges");
        for (CapaSummary.Label label : capa.summary().labels()) {
            labels.add(DetailParts.badge(label.name() + ": " + label.value(), "contrast"));
        }
        add(DetailParts.facts(DetailParts.fact("CAPA status", capa.summary().status()),
                DetailParts.fact("CAPA due", time.date(capa.summary().dueDate())),
                DetailParts.fact("Created", time.dateTime(capa.createdAt())),
                DetailParts.fact("Updated", time.dateTime(capa.updatedAt())),
                DetailParts.fact("Approved", time.dateTime(capa.approvedAt())),
                DetailParts.fact("Areas to improve", String.valueOf(areasToImprove))), labels);
        var areas = new Div();
        areas.addClassName("capa-areas");
        for (CapaDetail.AreaToImprove area : capa.areasToImprove()) {
            areas.add(area(area, time));
        }
        add(areas);
    }

    private static Details area(CapaDetail.AreaToImprove area, UserTime time) {
        var summary = new Div(new Span(area.title()),
                DetailParts.badge(area.status(), "Completed".equals(area.status()) ? "success" : ""));
        if (area.correctionRequired()) {
            summary.add(DetailParts.badge("Correction required", "warning"));
        }
        summary.addClassName("capa-area-summary");
        var content = new Div(DetailParts.facts(DetailParts.fact("Category", area.category()),
                DetailParts.fact("Person in charge", area.personInCharge()),
                DetailParts.fact("Completed", time.date(area.completionDate()))));
        if (area.description() != null) {
            content.add(new Paragraph(area.description()));
        }
        if (area.recommendation() != null) {
            content.add(new Paragraph("Recommendation: " + area.recommendation()));
        }
        var details = new Details(summary, content);
        details.addClassName("capa-area");
        return details;
    }
}
