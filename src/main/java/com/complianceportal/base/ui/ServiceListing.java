package com.complianceportal.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * A lazy grid whose every page and count is a call to a service. The count goes to {@code total} as the view shows it;
 * a failed call goes to {@code problem}, so that the view says so, and the grid shows no rows instead of an error.
 */
public final class ServiceListing {

    private ServiceListing() {
    }

    public static <T> void show(Grid<T> grid, SerializableFunction<Query<T, Void>, List<T>> page,
            SerializableSupplier<Long> count, LongConsumer total, Consumer<RuntimeException> problem) {
        grid.setItems(query -> {
            try {
                return page.apply(query).stream();
            } catch (RuntimeException failure) {
                problem.accept(failure);
                return Stream.empty();
            }
        }, query -> {
            try {
                long counted = count.get();
                total.accept(counted);
                return (int) Math.min(counted, Integer.MAX_VALUE);
            } catch (RuntimeException failure) {
                problem.accept(failure);
                return 0;
            }
        });
        grid.setPageSize(50);
    }
}
