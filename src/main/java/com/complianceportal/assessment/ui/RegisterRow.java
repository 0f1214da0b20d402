package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Standard;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one register row shows, and the id its detail page opens by: the grid keeps the rows in view for every open
 * tab, so it holds only these values, not the whole assessment with its stakeholders, dates and custom fields. Its
 * texts are the JVM's canonical copies: many users see the same rows, and each page read would otherwise bring
 * its own copies of the same names and ids into every open tab.
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

    static RegisterRow of(AssessmentSummary s) {
        var who = s.stakeholders();
        return new RegisterRow(sharedOrNull(AssessmentDetailView.addressId(s)), shared(s.assessmentId()),
                shared(s.caseId()), shared(s.status()), shared(s.type()), shared(who.assessedOrg().displayName()),
                sharedOrNull(who.assessedAddress().country()), sharedOrNull(who.assessedAddress().city()),
                who.requester() == null ? null : shared(who.requester().displayName()),
                sharedOrNull(who.leadExecutorName()),
                new Standard(shared(s.standard().name()), sharedOrNull(s.standard().version())),
                sharedOrNull(s.rating()), s.scorePercentage(), s.findings(),
                s.capa() == null ? null : shared(s.capa().status()), s.capa() == null ? null : s.capa().dueDate(),
                s.dates().due(), sharedOrNull(s.reason()), sharedOrNull(s.workflowName()), s.updatedAt());
    }

    /** The canonical copy of {@code text}; the JVM drops it again once nothing refers to it. */
    private static String shared(String text) {
        return text.intern();
    }

    private static @Nullable String sharedOrNull(@Nullable String text) {
        return text == null ? null : text.intern();
    }
}
