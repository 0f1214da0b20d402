package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.CapaSummary;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.domain.Stakeholders;
import com.complianceportal.assessment.domain.Standard;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Rise's list items (V1AssessmentListItem) as register rows. Whatever Rise sends, a row comes out: words it has not
 * documented (a new status) are shown as they came, and a value of the wrong JSON type is read as meant or left out.
 */
final class RiseRows {

    private RiseRows() {
    }

    /**
     * A search answer: its rows and its total. A total that is missing, or smaller than the rows it came with (the
     * vendor's own example sends one row with a total of 0), counts at least the rows up to the end of this page.
     */
    static AssessmentPage page(JsonNode answer, long offset) {
        List<AssessmentSummary> rows = Json.list(answer, "data", item -> item.isObject() ? summary(item) : null);
        Integer total = Json.integer(answer, "total");
        long seen = rows.isEmpty() ? 0 : offset + rows.size();
        return new AssessmentPage(rows, Math.max(total == null ? 0 : total, seen));
    }

    static AssessmentSummary summary(JsonNode item) {
        return summary(item, RiseParties.stakeholders(Json.object(item, "stakeholders")));
    }

    static AssessmentSummary summary(JsonNode item, Stakeholders stakeholders) {
        String assessmentId = or(Json.text(item, "assessmentId"), "");
        Integer areas = Json.integer(item, "numberOfAreaToImproves");
        return new AssessmentSummary(or(Json.text(item, "id"), assessmentId), assessmentId,
                or(Json.text(item, "caseId"), ""), Json.text(item, "reportId"), or(Json.text(item, "status"), ""),
                or(Json.text(item, "type"), ""), Json.text(item, "reason"), Json.text(item, "workflowName"),
                standard(item), Json.text(item, "rating"), Json.text(item, "score"),
                Json.integer(item, "scoreInPercentage"), findings(item), areas == null ? 0 : Math.max(0, areas),
                RiseDates.of(item), stakeholders, capa(Json.object(item, "capa")), Json.text(item, "schedulingStatus"),
                RiseDates.updated(item), Json.textMap(item, "customFields"));
    }

    /** The CAPA as the list shows it (and as the head of the detail's CAPA plan); none when Rise sends none. */
    static @Nullable CapaSummary capa(@Nullable JsonNode capa) {
        if (capa == null) {
            return null;
        }
        List<CapaSummary.Label> labels = Json.list(capa, "capaLabels", label -> {
            String name = Json.text(label, "name");
            String value = Json.text(label, "value");
            return name == null && value == null ? null : new CapaSummary.Label(or(name, ""), or(value, ""));
        });
        return new CapaSummary(or(Json.text(capa, "id"), ""), or(Json.text(capa, "status"), ""), labels,
                Json.date(capa, "dueDate"));
    }

    /** The standard as an object {name, version}, or just its name as text. */
    private static Standard standard(JsonNode item) {
        JsonNode standard = Json.object(item, "standard");
        return standard == null ? new Standard(or(Json.text(item, "standard"), ""), null)
                : new Standard(or(Json.text(standard, "name"), ""), Json.text(standard, "version"));
    }

    /** Counts per severity, most severe first; severities Rise has not documented count as Other. */
    private static List<FindingCount> findings(JsonNode item) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (JsonNode finding : Json.list(item, "totalFindings", node -> node.isObject() ? node : null)) {
            String severity = Json.text(finding, "severity");
            Integer count = Json.integer(finding, "findings");
            if (count != null && count > 0) {
                counts.merge(severity == null ? Severity.OTHER : Severity.fromLabel(severity), count, Integer::sum);
            }
        }
        List<FindingCount> out = new ArrayList<>();
        counts.forEach((severity, count) -> out.add(new FindingCount(severity, count)));
        return out;
    }

    static String or(@Nullable String value, String fallback) {
        return value == null ? fallback : value;
    }
}
