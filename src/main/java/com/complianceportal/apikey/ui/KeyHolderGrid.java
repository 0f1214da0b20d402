package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyHolder;
import com.complianceportal.apikey.domain.KeyHolderFilter;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyAdministration;
import com.complianceportal.base.ui.NarrowWindow;
import com.complianceportal.base.ui.ServiceListing;
import com.complianceportal.base.ui.UserTime;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Users and the status of their keys: a lazy grid whose every page, filter and sort is a query to the service. A
 * failed load is handed to {@code problem}, so the view can say so instead of showing an empty list. Narrow screens
 * get one compact column.
 */
final class KeyHolderGrid extends Grid<KeyHolder> {

    /** Below this window width the list shows one compact column. */
    static final int COMPACT_WIDTH = 640;

    private final List<Column<KeyHolder>> wide = new ArrayList<>();
    private final Column<KeyHolder> compact;
    private KeyHolderFilter filter = KeyHolderFilter.NONE;

    KeyHolderGrid(ApiKeyAdministration administration, UserTime time, Consumer<RuntimeException> problem,
            LongConsumer total, SerializableConsumer<KeyHolder> open) {
        setId("api-key-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        var columns = new KeyHolderColumns(time);
        wide.add(columns.user(this));
        for (Upstream upstream : Upstream.values()) {
            wide.add(columns.upstream(this, upstream));
        }
        compact = columns.compact(this);
        compact.setVisible(false);
        columns.manage(this, open);
        ServiceListing.show(this, query -> administration.holders(filter, descending(query), query.getOffset(),
                query.getLimit()), () -> administration.count(filter), total, problem);
        NarrowWindow.follow(this, COMPACT_WIDTH, this::setCompact);
        addItemClickListener(click -> open.accept(click.getItem()));
    }

    /** Lists the users that match; the next fetch from the browser asks the service. */
    void show(KeyHolderFilter newFilter) {
        filter = newFilter;
    }

    KeyHolderFilter filter() {
        return filter;
    }

    private void setCompact(boolean narrow) {
        compact.setVisible(narrow);
        wide.forEach(column -> column.setVisible(!narrow));
    }

    private static boolean descending(Query<KeyHolder, Void> query) {
        return query.getSortOrders().stream().findFirst()
                .map(order -> order.getDirection() == SortDirection.DESCENDING).orElse(false);
    }
}
