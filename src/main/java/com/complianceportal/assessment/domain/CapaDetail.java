package com.complianceportal.assessment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The CAPA plan with its areas to improve. */
public record CapaDetail(CapaSummary summary, @Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt,
        @Nullable OffsetDateTime approvedAt, List<AreaToImprove> areasToImprove) {

    public CapaDetail {
        areasToImprove = List.copyOf(areasToImprove);
    }

    /** One area to improve of the CAPA plan; {@code completionDate} is a calendar date. */
    public record AreaToImprove(String id, String title, @Nullable String category, @Nullable String description,
            boolean correctionRequired, @Nullable String recommendation, String status,
            @Nullable String personInCharge, @Nullable LocalDate completionDate) {
    }
}
