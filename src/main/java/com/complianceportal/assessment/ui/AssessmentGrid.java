package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentRow;
import com.complianceportal.assessment.domain.AssessmentRowPage;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.SourceCapabilities;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.base.ui.UserTime;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The register's lazy grid: every page, sort and filter is a query to the service, never an in-memory step. On narrow
 * screens it shows one compact column instead of the table. Every open tab keeps its grid on the server, so a column
 * is created only when it is first shown or sorted by, and the rows hold only what the columns show.
 */
class AssessmentGrid extends Grid<AssessmentRow> {

    static final int PAGE_SIZE = 50;

    private final Map<RegisterColumn, Column<AssessmentRow>> columns = new EnumMap<>(RegisterColumn.class);
    private final RegisterColumns builder;
    private final SourceCapabilities capabilities;
    private @Nullable Column<AssessmentRow> compact;
    private List<RegisterColumn> chosen = RegisterColumn.defaults();
    private boolean compactMode;
    private AssessmentFilter filter = AssessmentFilter.NONE;
    private int focusedIndex = -1;
    /** The first page, read with the total: the grid asks for the size and then that page, the source is asked once. */
    private @Nullable FirstPage first;
    /** A page could not be read: the next size query answers none, so the grid empties and shows why. */
    private boolean broken;

    private record FirstPage(AssessmentFilter filter, List<AssessmentSort> sort, int limit, AssessmentRowPage page) {
    }

    AssessmentGrid(AssessmentService service, UserTime time, Supplier<LocalDate> today, LongConsumer totalListener) {
        this(service, time, today, totalListener, failure -> { });
    }

    /** {@code failures} hears of a source that could not answer ({@code null} once it answers again). */
    AssessmentGrid(AssessmentService service, UserTime time, Supplier<LocalDate> today, LongConsumer totalListener,
            Consumer<@Nullable SourceFailure> failures) {
        setId("assessment-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        capabilities = service.capabilities();
        setMultiSort(capabilities.maxSortKeys() > 1, MultiSortPriority.APPEND);
        setColumnReorderingAllowed(true);
        builder = new RegisterColumns(time, today);
        applyColumns();
        setPageSize(PAGE_SIZE);
        // A source that cannot answer leaves the grid empty with its reason (see failures), never an error page.
        setItems(query -> {
            List<AssessmentSort> sort = toSorts(query.getSortOrders());
            FirstPage known = first;
            first = null;
            // A register shorter than a page is asked for fewer rows than the page read with its total holds.
            if (known != null && query.getOffset() == 0 && query.getLimit() <= known.limit()
                    && known.filter().equals(filter) && known.sort().equals(sort)) {
                return known.page().rows().stream().limit(query.getLimit()).map(SharedRows::shared);
            }
            try {
                return service.rows(filter, sort, query.getOffset(), query.getLimit()).rows().stream()
                        .map(SharedRows::shared);
            } catch (SourceFailure failure) {
                failures.accept(failure);
                getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this,
                        context -> getDataProvider().refreshAll()));
                broken = true;
                return Stream.empty();
            }
        }, query -> {
            // The grid asks for the size without its sort; the first page read with the total is in the grid's sort.
            List<AssessmentSort> sort = currentSort();
            if (broken) {
                broken = false;
                return 0;
            }
            try {
                AssessmentRowPage page = service.rows(filter, sort, 0, PAGE_SIZE);
                first = new FirstPage(filter, sort, PAGE_SIZE, page);
                failures.accept(null);
                totalListener.accept(page.total());
                return (int) Math.min(page.total(), Integer.MAX_VALUE);
            } catch (SourceFailure failure) {
                first = null;
                failures.accept(failure);
                return 0;
            }
        });
        // The row a click or the keyboard focused, so that coming back to the register can focus it again. A header
        // cell (clicked to sort) has no row index.
        getElement().addEventListener("cell-focus", e -> {
            JsonNode index = e.getEventData().get("event.detail.context.index");
            focusedIndex = index != null && index.isNumber() ? index.asInt() : -1;
        }).addEventData("event.detail.context.index");
    }

    void show(AssessmentFilter newFilter, List<AssessmentSort> sort) {
        filter = newFilter;
        List<GridSortOrder<AssessmentRow>> orders = new ArrayList<>();
        for (AssessmentSort s : sort) {
            Arrays.stream(RegisterColumn.values()).filter(c -> c.sortField() == s.field()).findFirst()
                    .ifPresent(c -> orders.add(new GridSortOrder<>(column(c),
                            s.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        }
        sort(orders);
        getDataProvider().refreshAll();
    }

    List<AssessmentSort> currentSort() {
        List<AssessmentSort> sorts = new ArrayList<>();
        for (GridSortOrder<AssessmentRow> order : getSortOrder()) {
            columns.entrySet().stream().filter(e -> e.getValue() == order.getSorted() && e.getKey().sortField() != null)
                    .findFirst().ifPresent(e -> sorts.add(new AssessmentSort(e.getKey().sortField(),
                            order.getDirection() == SortDirection.DESCENDING)));
        }
        return sorts;
    }

    void setVisibleColumns(List<RegisterColumn> visible) {
        chosen = List.copyOf(visible);
        applyColumns();
    }

    List<RegisterColumn> visibleColumns() {
        return columns.entrySet().stream().filter(e -> e.getValue().isVisible()).map(Map.Entry::getKey).toList();
    }

    /** Narrow screens get one compact column; wide ones the columns the user chose. */
    void setCompact(boolean compact) {
        if (compact != compactMode) {
            compactMode = compact;
            applyColumns();
        }
    }

    boolean isCompact() {
        return compactMode;
    }

    /** Index of the row that has (or last had) the keyboard focus, or -1. */
    int focusedIndex() {
        return focusedIndex;
    }

    /** Scrolls to the row at {@code index} and gives it the keyboard focus, once the browser has rendered it. */
    void focusRow(int index) {
        scrollToIndex(index);
        getElement().executeJs("""
                const grid = this, index = $0;
                const attempt = (left) => {
                  const row = [...grid.shadowRoot.querySelectorAll('#items > tr')]
                      .find(r => r.index === index && !r.hidden);
                  const cell = row && [...row.children].find(c => !c.hidden);
                  if (row && row._item && cell) {
                    grid.setAttribute('navigating', '');
                    cell.focus();
                  } else if (left > 0) {
                    setTimeout(() => attempt(left - 1), 100);
                  }
                };
                attempt(30);""", index);
    }

    private void applyColumns() {
        if (compactMode && compact == null) {
            compact = builder.addCompactTo(this);
        }
        if (compact != null) {
            compact.setVisible(compactMode);
        }
        if (!compactMode) {
            chosen.forEach(this::column);
        }
        columns.forEach((column, gridColumn) -> gridColumn.setVisible(!compactMode && chosen.contains(column)));
    }

    /** The grid's column for {@code column}, created (hidden) in its place among the others on first use. */
    private Column<AssessmentRow> column(RegisterColumn column) {
        Column<AssessmentRow> existing = columns.get(column);
        if (existing != null) {
            return existing;
        }
        Column<AssessmentRow> added = builder.add(this, column, capabilities);
        columns.put(column, added);
        // Where the user has moved columns, their order stays; the new one follows its predecessor in the register.
        List<Column<AssessmentRow>> order = new ArrayList<>(getColumns());
        order.remove(added);
        int at = 0;
        for (int i = 0; i < order.size(); i++) {
            Column<AssessmentRow> other = order.get(i);
            boolean before = columns.entrySet().stream()
                    .anyMatch(e -> e.getValue() == other && e.getKey().ordinal() < column.ordinal());
            if (before) {
                at = i + 1;
            }
        }
        order.add(at, added);
        setColumnOrder(order);
        return added;
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
