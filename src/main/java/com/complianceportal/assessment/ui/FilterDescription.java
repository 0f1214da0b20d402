package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.base.ui.Countries;
import com.complianceportal.base.ui.UserTime;
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
            parts.add("search “" + f.text() + "”");
        }
        if (!f.statuses().isEmpty()) {
            parts.add("status " + String.join(" or ", f.statuses().stream().sorted().toList()));
        }
        add(parts, "type", f.type());
        add(parts, "standard", f.standard());
        add(parts, "rating", f.rating());
        if (f.country() != null) {
            parts.add("country " + Countries.name(f.country(), time.language()));
        }
        add(parts, "CAPA status", f.capaStatus());
        if (f.dueFrom() != null || f.dueTo() != null) {
            String from = time.date(f.dueFrom());
            String to = time.date(f.dueTo());
            parts.add("due " + (from.isEmpty() ? "until " + to : to.isEmpty() ? "from " + from : from + " to " + to));
        }
        if (f.overdueOnly()) {
            parts.add("overdue");
        }
        if (f.findingSeverity() != null) {
            parts.add("with " + f.findingSeverity().label().toLowerCase(Locale.ROOT) + " findings");
        }
        if (f.capaOverdueOnly()) {
            parts.add("CAPA overdue");
        }
        return parts;
    }

    private static void add(List<String> parts, String label, @org.jspecify.annotations.Nullable String value) {
        if (value != null) {
            parts.add(label + " " + value);
        }
    }
}
