package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentRowPage;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.assessment.domain.SourceCapabilities;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The port behind the assessment register. One implementation reads the local database, another the vendor's
 * API with the signed-in user's key. Callers are {@link AssessmentService} only, which checks roles and keeps every
 * request within {@link #capabilities()}.
 */
public interface AssessmentSource {

    /** What this source can sort and filter by, and how much it exports. */
    SourceCapabilities capabilities();

    /**
     * One page of the register with the total of the filtered set, in one answer; filtering, sorting and paging
     * happen at the source, never in memory. A {@code limit} of 0 asks for the total only.
     */
    AssessmentPage search(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit);

    /**
     * As {@link #search}, with what the register's grid shows of each row only. A source that reads those columns for
     * less than whole summaries (without each assessment's lists) answers here for less; the others map their search.
     */
    default AssessmentRowPage rows(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit) {
        return AssessmentRowPage.of(search(filter, sort, offset, limit));
    }

    /** By the internal id or by the assessment id users see ("100139-1"). */
    Optional<AssessmentDetail> find(String id);

    /**
     * "Today" (for overdue and due soon) is the UTC date of the application's {@code Clock}. Figures of filters the
     * source does not support are 0 and are not shown. A source that keeps its figures may answer with the figures it
     * counted before the last change to the register, marked as being updated, while it counts them again.
     */
    DashboardSnapshot dashboard();

    /** Every row of the filtered, sorted set, in order, without holding them all in memory. */
    void stream(AssessmentFilter filter, List<AssessmentSort> sort, Consumer<AssessmentSummary> sink);
}
