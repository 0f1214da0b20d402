package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.CapaDetail;
import com.complianceportal.assessment.domain.CapaSummary;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
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
            add(new Paragraph(areasToImprove == 0 ? Texts.t("assessment.capaPanel.noCapaPlanNothing")
                    : Texts.t("assessment.capaPanel.noCapaPlanYet", Counts.areasToImprove(areasToImprove))));
            return;
        }
        var labels = new Div();
        labels.addClassName("badges");
        for (CapaSummary.Label label : capa.summary().labels()) {
            labels.add(DetailParts.badge(label.name() + ": " + label.value(), "contrast"));
        }
        add(DetailParts.facts(DetailParts.fact(Texts.t("assessment.capaPanel.capaStatus"), capa.summary().status()),
                DetailParts.fact(Texts.t("assessment.capaPanel.capaDue"), time.date(capa.summary().dueDate())),
                DetailParts.fact(Texts.t("assessment.capaPanel.created"), time.dateTime(capa.createdAt())),
                DetailParts.fact(Texts.t("assessment.capaPanel.updated"), time.dateTime(capa.updatedAt())),
                DetailParts.fact(Texts.t("assessment.capaPanel.approved"), time.dateTime(capa.approvedAt())),
                DetailParts.fact(Texts.t("assessment.capaPanel.areasToImprove"), String.valueOf(areasToImprove))),
                        labels);
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
            summary.add(DetailParts.badge(Texts.t("assessment.capaPanel.correctionRequired"), "warning"));
        }
        summary.addClassName("capa-area-summary");
        var content = new Div(DetailParts.facts(DetailParts.fact(Texts.t("assessment.capaPanel.category"),
                area.category()),
                DetailParts.fact(Texts.t("assessment.capaPanel.personInCharge"), area.personInCharge()),
                DetailParts.fact(Texts.t("assessment.capaPanel.completed"), time.date(area.completionDate()))));
        if (area.description() != null) {
            content.add(new Paragraph(area.description()));
        }
        if (area.recommendation() != null) {
            content.add(new Paragraph(Texts.t("assessment.capaPanel.recommendation", area.recommendation())));
        }
        var details = new Details(summary, content);
        details.addClassName("capa-area");
        return details;
    }
}
