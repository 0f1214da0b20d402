package com.complianceportal.access.ui;

import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.complianceportal.user.domain.UserFilter;
import com.complianceportal.user.domain.UserState;
import com.complianceportal.user.service.UserAccount;
import com.complianceportal.user.service.UserAdministration;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Users, a lazy grid: every page and filter is a query to the service. A failed load goes to {@code problem}, so the
 * view can say so rather than show an empty list. Every value is shown as text. Narrow screens get fewer columns.
 */
final class UserGrid extends Grid<UserAccount> {

    /** Below this window width, e-mail address and role move into the user's cell. */
    static final int COMPACT_WIDTH = 640;

    private final List<Column<UserAccount>> wide = new ArrayList<>();
    private UserFilter filter = UserFilter.NONE;
    private @Nullable Registration resize;

    UserGrid(UserAdministration administration, Consumer<RuntimeException> problem, LongConsumer total,
            Consumer<UserAccount> open) {
        setId("users-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(new ComponentRenderer<>(UserGrid::who)).setHeader(Texts.t("access.userGrid.user")).setFlexGrow(2);
        wide.add(addColumn(user -> user.email() == null ? "" : user.email()).setHeader("E-mail").setFlexGrow(2));
        wide.add(addColumn(user -> Labels.label(user.role())).setHeader(Texts.t("access.userGrid.role"))
                .setAutoWidth(true).setFlexGrow(0));
        addColumn(new ComponentRenderer<>(UserGrid::states)).setHeader(Texts.t("access.userGrid.state")).setFlexGrow(1);
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

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        var page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> setCompact(details.getWindowInnerWidth() > 0
                && details.getWindowInnerWidth() < COMPACT_WIDTH));
        resize = page.addBrowserWindowResizeListener(e -> setCompact(e.getWidth() < COMPACT_WIDTH));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        super.onDetach(detach);
        if (resize != null) {
            resize.remove();
            resize = null;
        }
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
