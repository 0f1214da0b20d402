package com.complianceportal.assessment.upstream;

import static com.complianceportal.assessment.upstream.RiseRows.or;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.CapaDetail;
import com.complianceportal.assessment.domain.CapaSummary;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One assessment as Rise details it (V1AssessmentDetail with capa_details=true) for the detail page. */
final class RiseDetails {

    private RiseDetails() {
    }

    static AssessmentDetail detail(JsonNode data) {
        JsonNode stakeholders = Json.object(data, "stakeholders");
        return new AssessmentDetail(RiseRows.summary(data, RiseParties.stakeholders(stakeholders)),
                Json.text(data, "description"), Json.text(data, "overallComment"),
                RiseParties.details(stakeholders), capa(Json.object(data, "capa")), null);
    }

    private static @Nullable CapaDetail capa(@Nullable JsonNode capa) {
        CapaSummary summary = RiseRows.capa(capa);
        if (summary == null) {
            return null;
        }
        return new CapaDetail(summary, Json.moment(capa, "createdDate"), Json.moment(capa, "updatedDate"),
                Json.moment(capa, "approvedDate"), Json.list(capa, "areaToImproves", RiseDetails::area));
    }

    /** An area to improve; its completion date is a calendar date as Rise wrote it. */
    private static CapaDetail.@Nullable AreaToImprove area(JsonNode area) {
        if (!area.isObject()) {
            return null;
        }
        return new CapaDetail.AreaToImprove(or(Json.text(area, "id"), ""), or(Json.text(area, "title"), ""),
                Json.text(area, "category"), Json.text(area, "description"), Json.flag(area, "requiredCorrection"),
                Json.text(area, "recommendation"), or(Json.text(area, "status"), ""),
                Json.text(area, "personInCharge"), Json.date(area, "completionDate"));
    }
}
