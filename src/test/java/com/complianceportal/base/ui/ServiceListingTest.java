package com.complianceportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ServiceListingTest {

    private final Grid<String> grid = new Grid<>();
    private final List<RuntimeException> problems = new ArrayList<>();
    private final AtomicLong total = new AtomicLong(-1);

    @SuppressWarnings("unchecked")
    private DataProvider<String, Void> provider() {
        return (DataProvider<String, Void>) grid.getDataProvider();
    }

    @Test
    void pages_and_the_count_come_from_the_service_and_the_count_is_shown() {
        List<Query<String, Void>> asked = new ArrayList<>();
        ServiceListing.show(grid, query -> {
            asked.add(query);
            return List.of("b", "c");
        }, () -> 3L, total::set, problems::add);

        assertThat(provider().size(new Query<>())).isEqualTo(3);
        assertThat(total.get()).isEqualTo(3);
        assertThat(provider().fetch(new Query<>(1, 2, List.of(), null, null))).containsExactly("b", "c");
        assertThat(asked).singleElement().satisfies(query -> {
            assertThat(query.getOffset()).isEqualTo(1);
            assertThat(query.getLimit()).isEqualTo(2);
        });
        assertThat(problems).isEmpty();
        assertThat(grid.getPageSize()).isEqualTo(50);
    }

    @Test
    void a_failed_page_or_count_goes_to_the_view_and_shows_no_rows() {
        var down = new IllegalStateException("down");
        ServiceListing.show(grid, query -> {
            throw down;
        }, () -> {
            throw down;
        }, total::set, problems::add);

        assertThat(provider().size(new Query<>())).isZero();
        assertThat(provider().fetch(new Query<>(0, 50, List.of(), null, null))).isEmpty();
        assertThat(problems).containsExactly(down, down);
        assertThat(total.get()).isEqualTo(-1);
    }

    @Test
    void a_count_beyond_an_int_is_capped() {
        ServiceListing.show(grid, query -> List.of(), () -> 5_000_000_000L, total::set, problems::add);

        assertThat(provider().size(new Query<>())).isEqualTo(Integer.MAX_VALUE);
        assertThat(total.get()).isEqualTo(5_000_000_000L);
    }
}
