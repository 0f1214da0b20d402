package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyHolder;
import com.complianceportal.apikey.domain.KeyHolderFilter;
import com.complianceportal.apikey.service.ApiKeyAdministration;
import com.complianceportal.base.security.Roles;
import com.complianceportal.base.ui.UserTime;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Administrators hand out and withdraw users' API keys: a lazy list of users with their keys shown masked, filters for
 * those still without a key, and a dialog per user to set, replace or revoke. Other roles get "not found".
 */
@Route("admin/api-keys")
@PageTitle("API keys")
@Menu(title = "API keys", icon = "vaadin:key", order = 80)
@RolesAllowed(Roles.ADMIN)
class ApiKeysView extends VerticalLayout {

    /** Below this window width the list shows one compact column. */
    static final int COMPACT_WIDTH = 640;

    final KeyHolderFilterBar filters;
    final KeyHolderGrid grid;
    private final ApiKeyAdministration administration;
    private final UserTime time;
    private final KeyHoldersEmptyState empty;
    private final Span total = new Span();
    private @Nullable Registration resize;

    ApiKeysView(ApiKeyAdministration administration) {
        this.administration = administration;
        this.time = UserTime.current();
        addClassName("api-keys-view");
        setSizeFull();
        var intro = new Paragraph("Each user calls the Rise and Maxsight APIs through the portal with a key of their"
                + " own. Keys are stored encrypted; once saved, only their last 4 characters are ever shown.");
        intro.addClassName("api-keys-intro");
        NumberFormat numbers = NumberFormat.getIntegerInstance(time.locale());
        total.setId("api-keys-total");
        total.addClassName("api-keys-total");
        var problem = new LoadProblem(this::refresh);
        grid = new KeyHolderGrid(administration, time, problem,
                count -> total.setText(numbers.format(count) + (count == 1 ? " user" : " users")), this::open);
        empty = new KeyHoldersEmptyState(this::clearFilters);
        empty.show(KeyHolderFilter.NONE, true);
        grid.setEmptyStateComponent(empty);
        filters = new KeyHolderFilterBar(this::show);
        var bar = new Div(filters, total);
        bar.addClassName("api-keys-bar");
        add(intro, bar, problem, grid);
        setFlexGrow(1, grid);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> grid.setCompact(details.getWindowInnerWidth() > 0
                && details.getWindowInnerWidth() < COMPACT_WIDTH));
        resize = page.addBrowserWindowResizeListener(e -> grid.setCompact(e.getWidth() < COMPACT_WIDTH));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void show(KeyHolderFilter filter) {
        boolean anyoneNamed = filter.text().isEmpty() || filter.withoutKey().isEmpty()
                || administration.count(new KeyHolderFilter(filter.text(), Set.of())) > 0;
        empty.show(filter, anyoneNamed);
        grid.show(filter);
    }

    private void clearFilters() {
        filters.clear();
        show(KeyHolderFilter.NONE);
    }

    private void open(KeyHolder holder) {
        new UserKeysDialog(holder, administration, time, this::refresh).open();
    }
}
