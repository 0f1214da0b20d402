package com.complianceportal.assessment.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a register source can do, so that screens offer exactly that: the columns it sorts by and how many sort keys at
 * once, the filters it applies and their choices, and the largest export it serves. {@code name} names the source in
 * messages ("not available from Inspectorio Rise").
 */
public record SourceCapabilities(String name, Set<AssessmentSort.Field> sortable, int maxSortKeys,
        Set<FilterKind> filters, FilterOptions options, long maxExportRows) {

    public SourceCapabilities {
        sortable = sortable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sortable));
        filters = filters.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(filters));
    }

    public boolean canSort(AssessmentSort.Field field) {
        return sortable.contains(field);
    }

    public boolean supports(FilterKind kind) {
        return filters.contains(kind);
    }

    /** The filter kinds set in {@code filter} that this source cannot apply, in their declared order. */
    public List<FilterKind> unsupportedIn(AssessmentFilter filter) {
        List<FilterKind> unsupported = new ArrayList<>();
        for (FilterKind kind : FilterKind.values()) {
            if (kind.isSetIn(filter) && !supports(kind)) {
                unsupported.add(kind);
            }
        }
        return unsupported;
    }
}
