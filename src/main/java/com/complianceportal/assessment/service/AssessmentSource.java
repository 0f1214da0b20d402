package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.FilterOptions;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The port behind the assessment register. One implementation reads the local database, another the vendor's
 * API with the signed-in user's key. Callers are {@link AssessmentService} only, which checks roles.
 */
public interface AssessmentSource {

    /** One page of the register; filtering, sorting and paging happen at the source, never in memory. */
    List<AssessmentSummary> search(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit);

    long count(AssessmentFilter filter);

    /** One assessment by its internal id (execution id, UUID) or by the assessment id users see ("100139-1"). */
    Optional<AssessmentDetail> find(String id);

    FilterOptions filterOptions();

    /** "Today" (for overdue and due soon) is the UTC date of the application's {@code Clock}. */
    DashboardFigures dashboard();

    /** Every row of the filtered, sorted set, in order, without holding them all in memory. */
    void stream(AssessmentFilter filter, List<AssessmentSort> sort, Consumer<AssessmentSummary> sink);
}
