package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentSummary;
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

    static RegisterRow of(AssessmentSummary s) {
        var who = s.stakeholders();
        return SHARED.intern(new RegisterRow(AssessmentDetailView.addressId(s), s.assessmentId(), s.caseId(),
                s.status(), s.type(),
                who.assessedOrg().displayName(), who.assessedAddress().country(), who.assessedAddress().city(),
                who.requester() == null ? null : who.requester().displayName(), who.leadExecutorName(),
                s.standard(), s.rating(), s.scorePercentage(), s.findings(),
                s.capa() == null ? null : s.capa().status(), s.capa() == null ? null : s.capa().dueDate(),
                s.dates().due(), s.reason(), s.workflowName(), s.updatedAt()));
    }
}
