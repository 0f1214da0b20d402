package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentRow;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Standard;
import com.github.benmanes.caffeine.cache.Interner;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one register row shows, and the id its detail page opens by: the grid keeps the rows in view for every open
 * tab, so it holds only these values, not the whole assessment with its stakeholders, dates and custom fields. Equal
 * rows are one object for all open tabs (many people look at the same first pages of the register).
 */
record RegisterRow(
        @Nullable String addressId,
        String assessmentId,
        String caseId,
        String status,
        String type,
        String organisation,
        @Nullable String countryCode,
        @Nullable String city,
        @Nullable String requester,
        @Nullable String leadExecutor,
        Standard standard,
        @Nullable String rating,
        @Nullable Integer scorePercentage,
        List<FindingCount> findings,
        @Nullable String capaStatus,
        @Nullable LocalDate capaDue,
        @Nullable LocalDate due,
        @Nullable String reason,
        @Nullable String workflow,
        OffsetDateTime updatedAt) {

    /** Rows held by some open tab, each once; a row no tab holds any more is collected as usual. */
    private static final Interner<RegisterRow> SHARED = Interner.newWeakInterner();

    static RegisterRow of(AssessmentRow row) {
        return SHARED.intern(new RegisterRow(AssessmentDetailView.addressId(row.assessmentId(), row.id()),
                row.assessmentId(), row.caseId(), row.status(), row.type(), row.organisation(), row.countryCode(),
                row.city(), row.requester(), row.leadExecutor(), row.standard(), row.rating(), row.scorePercentage(),
                row.findings(), row.capaStatus(), row.capaDue(), row.due(), row.reason(), row.workflow(),
                row.updatedAt()));
    }
}
