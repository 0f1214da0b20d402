package com.complianceportal.access.ui;

import com.complianceportal.user.domain.UserFilter;
import com.complianceportal.user.domain.UserState;
import com.complianceportal.user.service.UserAccount;
import com.complianceportal.user.service.UserAdministration;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Users, a lazy grid: every page and filter is a query to the service. A failed load goes to {@code problem}, so the
 * view can say so rather than show an empty list. Every value is shown as text.
 */
final class UserGrid extends Grid<UserAccount> {

    private UserFilter filter = UserFilter.NONE;

    UserGrid(UserAdministration administration, Consumer<RuntimeException> problem, LongConsumer total,
            Consumer<UserAccount> open) {
        setId("users-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(new ComponentRenderer<>(UserGrid::who)).setHeader("User").setFlexGrow(2);
        addColumn(user -> user.email() == null ? "" : user.email()).setHeader("E-mail").setFlexGrow(2);
        addColumn(user -> user.role().label()).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        addColumn(new ComponentRenderer<>(UserGrid::states)).setHeader("State").setFlexGrow(1);
        setItems(query -> {
            try {
                return administration.users(filter, query.getOffset(), query.getLimit()).stream();
            } catch (RuntimeException failure) {
                problem.accept(failure);
                return Stream.empty();
            }
        }, query -> {
            try {
                long count = administration.count(filter);
                total.accept(count);
                return (int) Math.min(count, Integer.MAX_VALUE);
            } catch (RuntimeException failure) {
                problem.accept(failure);
                return 0;
            }
        });
        setPageSize(50);
        addItemClickListener(click -> open.accept(click.getItem()));
    }

    void show(UserFilter newFilter) {
        filter = newFilter;
        getDataProvider().refreshAll();
    }

    private static Div who(UserAccount user) {
        var name = new Span(user.displayName());
        name.addClassName("user-cell-name");
        var username = new Span(user.username());
        username.addClassName("user-cell-sub");
        var who = new Div(name, username);
        who.addClassName("user-cell");
        return who;
    }

    static Div states(UserAccount user) {
        var states = new Div();
        states.addClassName("user-states");
        for (UserState state : UserState.values()) {
            if (user.is(state)) {
                var badge = new Badge(state.label());
                badge.addThemeVariants(switch (state) {
                    case ACTIVE -> BadgeVariant.SUCCESS;
                    case DISABLED, LOCKED -> BadgeVariant.ERROR;
                    case MUST_CHANGE_PASSWORD -> BadgeVariant.WARNING;
                });
                states.add(badge);
            }
        }
        return states;
    }
}
