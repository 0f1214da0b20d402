package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.base.ui.Countries;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A register filter in words, one part per active filter: "status New or In Progress", "country China". */
final class FilterDescription {

    private FilterDescription() {
    }

    static List<String> parts(AssessmentFilter f, UserTime time) {
        List<String> parts = new ArrayList<>();
        if (f.text() != null) {
            parts.add(Texts.t("filter.text", f.text()));
        }
        if (!f.statuses().isEmpty()) {
            parts.add(Texts.t("filter.status", String.join(Texts.t("filter.or"), f.statuses().stream().sorted()
                    .toList())));
        }
        add(parts, Texts.t("enum.FilterKind.TYPE"), f.type());
        add(parts, Texts.t("enum.FilterKind.STANDARD"), f.standard());
        add(parts, Texts.t("enum.FilterKind.RATING"), f.rating());
        if (f.country() != null) {
            parts.add(Texts.t("filter.country", Countries.name(f.country(), time.language())));
        }
        add(parts, Texts.t("assessment.filterDescription.capaStatus"), f.capaStatus());
        if (f.dueFrom() != null || f.dueTo() != null) {
            String from = time.date(f.dueFrom());
            String to = time.date(f.dueTo());
            parts.add(from.isEmpty() ? Texts.t("filter.dueUntil", to) : to.isEmpty() ? Texts.t("filter.dueFrom", from)
                    : Texts.t("filter.dueBetween", from, to));
        }
        if (f.overdueOnly()) {
            parts.add(Texts.t("filter.overdue"));
        }
        if (f.findingSeverity() != null) {
            parts.add(Texts.t("filter.withFindings",
                    Labels.label(f.findingSeverity()).toLowerCase(time.locale())));
        }
        if (f.capaOverdueOnly()) {
            parts.add(Texts.t("assessment.filterDescription.capaOverdue"));
        }
        return parts;
    }

    private static void add(List<String> parts, String label, @org.jspecify.annotations.Nullable String value) {
        if (value != null) {
            parts.add(label + " " + value);
        }
    }
}
