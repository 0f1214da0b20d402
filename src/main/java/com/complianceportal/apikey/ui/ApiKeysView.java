package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyHolder;
import com.complianceportal.apikey.domain.KeyHolderFilter;
import com.complianceportal.apikey.service.ApiKeyAdministration;
import com.complianceportal.apikey.service.ApiKeyTesting;
import com.complianceportal.base.security.Roles;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Set;

/**
 * Administrators hand out and withdraw users' API keys: a lazy list of users with their keys shown masked, filters for
 * those still without a key, and a dialog per user to set, replace, revoke or (in upstream mode) test a key. Other
 * roles get "not found".
 */
@Route("admin/api-keys")
@Menu(title = "menu.apiKeys", icon = "vaadin:key", order = 80)
@RolesAllowed(Roles.ADMIN)
class ApiKeysView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return Texts.t("apikey.apiKeysView.apiKeys");
    }

    final KeyHolderFilterBar filters;
    final KeyHolderGrid grid;
    private final ApiKeyAdministration administration;
    private final ApiKeyTesting testing;
    private final UserTime time;
    private final KeyHoldersEmptyState empty;
    private final Span total = new Span();
    private final LoadProblem problem;

    ApiKeysView(ApiKeyAdministration administration, ApiKeyTesting testing) {
        this.administration = administration;
        this.testing = testing;
        this.time = UserTime.current();
        addClassName("api-keys-view");
        setSizeFull();
        var intro = new Paragraph(Texts.t("apikey.apiKeysView.eachUserCallsThe"));
        intro.addClassName("api-keys-intro");
        NumberFormat numbers = NumberFormat.getIntegerInstance(time.locale());
        total.setId("api-keys-total");
        total.addClassName("api-keys-total");
        problem = new LoadProblem(this::refresh);
        grid = new KeyHolderGrid(administration, time, this::failed,
                count -> total.setText(Texts.t("access.usersView.count", count)), this::open);
        empty = new KeyHoldersEmptyState(this::clearFilters);
        empty.show(KeyHolderFilter.NONE, true);
        grid.setEmptyStateComponent(empty);
        filters = new KeyHolderFilterBar(this::show);
        var bar = new Div(filters, total);
        bar.addClassName("api-keys-bar");
        add(intro, bar, problem, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        problem.setVisible(false);
        empty.setVisible(true);
        grid.getDataProvider().refreshAll();
    }

    /** A failed load is not an empty list: the problem is shown, and neither the count nor "nobody matches". */
    private void failed(RuntimeException failure) {
        problem.show(failure);
        empty.setVisible(false);
        total.setText("");
    }

    private void show(KeyHolderFilter filter) {
        empty.show(filter, anyoneNamed(filter));
        grid.show(filter);
        refresh();
    }

    /** Whether the search text alone finds anyone, so that an empty list can say which filter left nobody. */
    private boolean anyoneNamed(KeyHolderFilter filter) {
        if (filter.text().isEmpty() || filter.withoutKey().isEmpty()) {
            return true;
        }
        try {
            return administration.count(new KeyHolderFilter(filter.text(), Set.of())) > 0;
        } catch (RuntimeException failure) {
            return true; // the list's own load fails the same way and says so
        }
    }

    private void clearFilters() {
        filters.clear();
        show(KeyHolderFilter.NONE);
    }

    private void open(KeyHolder holder) {
        new UserKeysDialog(holder, administration, testing, time, this::refresh).open();
    }
}
