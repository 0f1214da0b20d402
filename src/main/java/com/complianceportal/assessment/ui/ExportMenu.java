package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.service.export.AssessmentExporter;
import com.complianceportal.assessment.service.export.ExportFormat;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Export CSV" and "Export Excel" links for the register as it is currently filtered and sorted, with the running
 * export's progress beside them. The suppliers are read when a download starts, under the UI lock.
 */
public class ExportMenu extends HorizontalLayout {

    public ExportMenu(AssessmentExporter exporter, Supplier<AssessmentFilter> filter,
            Supplier<List<AssessmentSort>> sort, Clock clock) {
        setId("export-menu");
        setAlignItems(Alignment.CENTER);
        setPadding(false);
        var status = new ExportStatus();
        add(link(new ExportDownload(exporter, ExportFormat.CSV, filter, sort, clock, status), VaadinIcon.FILE_TEXT_O,
                status));
        add(link(new ExportDownload(exporter, ExportFormat.XLSX, filter, sort, clock, status),
                VaadinIcon.FILE_TABLE, status));
        add(status);
    }

    private static Anchor link(ExportDownload download, VaadinIcon icon, ExportStatus status) {
        String label = Texts.t("assessment.exportMenu.export", Labels.label(download.format()));
        var anchor = new Anchor(download, "");
        anchor.add(icon.create(), new Span(label));
        anchor.setId("export-" + download.format().extension());
        anchor.setTitle(Texts.t("assessment.exportMenu.ofTheAssessmentsAs", label));
        anchor.getStyle().set("display", "inline-flex").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs)");
        anchor.getElement().addEventListener("click", e -> status.requested());
        return anchor;
    }
}
