package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.AssessmentDates;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** The dates of a Rise assessment, in either of the forms Rise writes them. */
final class RiseDates {

    private RiseDates() {
    }

    /** Window, due and audit days are calendar dates as Rise wrote them; the others are moments. */
    static AssessmentDates of(JsonNode item) {
        return new AssessmentDates(Json.date(item, "assessmentWindowStart"), Json.date(item, "assessmentWindowEnd"),
                Json.date(item, "assessmentDueDate"), Json.date(item, "auditStartDate"),
                Json.date(item, "auditEndDate"), Json.moment(item, "assessmentStartDate"),
                Json.moment(item, "assessmentSubmitDate"), Json.moment(item, "completeCaseDate"),
                Json.moment(item, "reopenCaseDate"));
    }

    /** Rise documents the update time as always given; where it is not, the latest other moment stands in. */
    static OffsetDateTime updated(JsonNode item) {
        OffsetDateTime updated = Json.moment(item, "updatedDate");
        if (updated != null) {
            return updated;
        }
        return Stream.of("reopenCaseDate", "completeCaseDate", "assessmentSubmitDate",
                "assessmentStartDate").map(field -> Json.moment(item, field)).filter(Objects::nonNull)
                .max(OffsetDateTime::compareTo).orElse(OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }
}
