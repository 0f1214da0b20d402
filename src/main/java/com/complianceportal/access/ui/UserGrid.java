package com.complianceportal.access.ui;

import com.complianceportal.base.ui.NarrowWindow;
import com.complianceportal.base.ui.ServiceListing;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Users, a lazy grid: every page and filter is a query to the service. A failed load goes to {@code problem}, so the
 * view can say so rather than show an empty list. Every value is shown as text. Narrow screens get fewer columns.
 */
final class UserGrid extends Grid<UserAccount> {

    /** Below this window width, e-mail address and role move into the user's cell. */
    static final int COMPACT_WIDTH = 640;

    private final List<Column<UserAccount>> wide = new ArrayList<>();
    private UserFilter filter = UserFilter.NONE;

    UserGrid(UserAdministration administration, Consumer<RuntimeException> problem, LongConsumer total,
            Consumer<UserAccount> open) {
        setId("users-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(new ComponentRenderer<>(UserGrid::who)).setHeader(Texts.t("access.userGrid.user")).setFlexGrow(2);
        wide.add(addColumn(user -> user.email() == null ? "" : user.email()).setHeader("E-mail").setFlexGrow(2));
        wide.add(addColumn(user -> Labels.label(user.role())).setHeader(Texts.t("access.userGrid.role"))
                .setAutoWidth(true).setFlexGrow(0));
        addColumn(new ComponentRenderer<>(UserGrid::states)).setHeader(Texts.t("access.userGrid.state")).setFlexGrow(1);
        ServiceListing.show(this, query -> administration.users(filter, query.getOffset(), query.getLimit()),
                () -> administration.count(filter), total, problem);
        NarrowWindow.follow(this, COMPACT_WIDTH, this::setCompact);
        addItemClickListener(click -> open.accept(click.getItem()));
    }

    void show(UserFilter newFilter) {
        filter = newFilter;
        getDataProvider().refreshAll();
    }

    private void setCompact(boolean narrow) {
        wide.forEach(column -> column.setVisible(!narrow));
        getElement().getClassList().set("users-grid-compact", narrow);
    }

    /** Name, user name and (shown on narrow screens only, by styles.css) role and e-mail address. */
    private static Div who(UserAccount user) {
        var name = new Span(user.displayName());
        name.addClassName("user-cell-name");
        var username = new Span(user.username());
        username.addClassName("user-cell-sub");
        var extra = new Span(Labels.label(user.role()) + (user.email() == null ? "" : " · " + user.email()));
        extra.addClassName("user-cell-compact");
        var who = new Div(name, username, extra);
        who.addClassName("user-cell");
        return who;
    }

    static Div states(UserAccount user) {
        var states = new Div();
        states.addClassName("user-states");
        for (UserState state : UserState.values()) {
            if (user.is(state)) {
                var badge = new Badge(Labels.label(state));
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
