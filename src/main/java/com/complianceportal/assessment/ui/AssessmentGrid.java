package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.base.ui.UserTime;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** The register's lazy grid: every page, sort and filter is a query to the service, never an in-memory step. */
class AssessmentGrid extends Grid<AssessmentSummary> {

    private final Map<RegisterColumn, Column<AssessmentSummary>> columns = new EnumMap<>(RegisterColumn.class);
    private AssessmentFilter filter = AssessmentFilter.NONE;

    AssessmentGrid(AssessmentService service, UserTime time, LongConsumer totalListener) {
        setId("assessment-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        setMultiSort(true, MultiSortPriority.APPEND);
        setColumnReorderingAllowed(true);
        new RegisterColumns(time).addTo(this, columns);
        setItems(query -> service.search(filter, toSorts(query.getSortOrders()), query.getOffset(), query.getLimit())
                .stream(), query -> {
                    long total = service.count(filter);
                    totalListener.accept(total);
                    return (int) Math.min(total, Integer.MAX_VALUE);
                });
        setPageSize(50);
    }

    void show(AssessmentFilter newFilter, List<AssessmentSort> sort) {
        filter = newFilter;
        List<GridSortOrder<AssessmentSummary>> orders = new ArrayList<>();
        for (AssessmentSort s : sort) {
            columns.entrySet().stream().filter(e -> e.getKey().sortField() == s.field()).findFirst()
                    .ifPresent(e -> orders.add(new GridSortOrder<>(e.getValue(),
                            s.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        }
        sort(orders);
        getDataProvider().refreshAll();
    }

    List<AssessmentSort> currentSort() {
        List<AssessmentSort> sorts = new ArrayList<>();
        for (GridSortOrder<AssessmentSummary> order : getSortOrder()) {
            columns.entrySet().stream().filter(e -> e.getValue() == order.getSorted() && e.getKey().sortField() != null)
                    .findFirst().ifPresent(e -> sorts.add(new AssessmentSort(e.getKey().sortField(),
                            order.getDirection() == SortDirection.DESCENDING)));
        }
        return sorts;
    }

    void setVisibleColumns(List<RegisterColumn> visible) {
        columns.forEach((column, gridColumn) -> gridColumn.setVisible(visible.contains(column)));
    }

    List<RegisterColumn> visibleColumns() {
        return columns.entrySet().stream().filter(e -> e.getValue().isVisible()).map(Map.Entry::getKey).toList();
    }

    private static List<AssessmentSort> toSorts(List<QuerySortOrder> orders) {
        List<AssessmentSort> sorts = new ArrayList<>();
        for (QuerySortOrder order : orders) {
            AssessmentSort.Field.fromKey(order.getSorted()).ifPresent(field -> sorts.add(
                    new AssessmentSort(field, order.getDirection() == SortDirection.DESCENDING)));
        }
        return sorts;
    }
}
