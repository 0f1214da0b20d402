package com.complianceportal.access.ui;

import com.complianceportal.base.security.Roles;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.base.ui.error.ErrorReference;
import com.complianceportal.i18n.Texts;
import com.complianceportal.mfa.service.MfaAdministration;
import com.complianceportal.user.domain.UserFilter;
import com.complianceportal.user.service.UserAccount;
import com.complianceportal.user.service.UserAdministration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;

/**
 * Administrators manage users: a lazy list with search and role and state filters, "New user", and a dialog per user
 * for role, access, lock, password reset and sessions. Other roles get "not found".
 */
@Route("admin/users")
@Menu(title = "menu.users", icon = "vaadin:users", order = 75)
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return Texts.t("access.usersView.users");
    }

    final UserFilterBar filters;
    final UserGrid grid;
    final Button newUser = new Button(Texts.t("access.usersView.newUser"), VaadinIcon.PLUS.create());
    final Paragraph problem = new Paragraph();
    private final UserAdministration administration;
    private final MfaAdministration mfa;
    private final UserTime time;
    private final Span total = new Span();

    UsersView(UserAdministration administration, MfaAdministration mfa) {
        this.mfa = mfa;
        this.administration = administration;
        this.time = UserTime.current();
        addClassName("users-view");
        setSizeFull();
        NumberFormat numbers = NumberFormat.getIntegerInstance(time.locale());
        total.setId("users-total");
        total.addClassName("users-total");
        problem.setId("users-load-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        grid = new UserGrid(administration, this::failed,
                count -> total.setText(Texts.t("access.usersView.count", count)), this::open);
        var empty = new Paragraph(Texts.t("access.usersView.noUserMatchesChange"));
        empty.addClassName("users-empty");
        grid.setEmptyStateComponent(empty);
        filters = new UserFilterBar(this::show);
        newUser.setId("new-user");
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(e -> new NewUserDialog(administration, this::created).open());
        var bar = new Div(filters, total, newUser);
        bar.addClassName("users-bar");
        add(bar, problem, grid);
        setFlexGrow(1, grid);
    }

    private void show(UserFilter filter) {
        problem.setVisible(false);
        grid.show(filter);
    }

    /** A failed load is not an empty list: the problem is said, with the reference of the logged cause. */
    private void failed(RuntimeException failure) {
        problem.setText(Texts.t("access.usersView.theUsersCouldNot", ErrorReference.log(failure)));
        problem.setVisible(true);
        total.setText("");
    }

    private void created(UserAccount user) {
        grid.getDataProvider().refreshAll();
        Notification.show(Texts.t("access.usersView.userCreated", user.username()), 4000,
                Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void open(UserAccount user) {
        new UserDialog(user, administration, mfa, time, () -> grid.getDataProvider().refreshAll()).open();
    }
}
