package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.FilterOptions;
import com.complianceportal.base.security.Roles;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The assessment register as views see it. Every signed-in role may read it. */
@Service
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class AssessmentService {

    /** The largest page one call may ask for (the vendor API's own limit). */
    public static final int MAX_PAGE_SIZE = 100;

    private final AssessmentSource source;

    AssessmentService(AssessmentSource source) {
        this.source = source;
    }

    public List<AssessmentSummary> search(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return limit == 0 ? List.of() : source.search(filter, sortOrDefault(sort), offset, Math.min(limit, MAX_PAGE_SIZE));
    }

    public long count(AssessmentFilter filter) {
        return source.count(filter);
    }

    /** One assessment by its internal id or by the assessment id users see ("100139-1"). */
    public Optional<AssessmentDetail> find(String id) {
        return source.find(id);
    }

    public FilterOptions filterOptions() {
        return source.filterOptions();
    }

    public DashboardFigures dashboard() {
        return source.dashboard();
    }

    /** Streams the whole filtered, sorted set to {@code sink}, row by row (for exports). */
    public void stream(AssessmentFilter filter, List<AssessmentSort> sort, Consumer<AssessmentSummary> sink) {
        source.stream(filter, sortOrDefault(sort), sink);
    }

    private static List<AssessmentSort> sortOrDefault(List<AssessmentSort> sort) {
        return sort.isEmpty() ? List.of(AssessmentSort.DEFAULT) : sort;
    }
}
