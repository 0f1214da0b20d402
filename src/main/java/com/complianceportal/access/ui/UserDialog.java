package com.complianceportal.access.ui;

import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.complianceportal.mfa.service.MfaAdministration;
import com.complianceportal.user.domain.Role;
import com.complianceportal.user.domain.UserState;
import com.complianceportal.user.service.UserAccount;
import com.complianceportal.user.service.UserAdministration;
import com.complianceportal.user.service.UserRefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;

/**
 * One user, for an administrator: role, disable or enable, lift a lock, set a temporary password, and their sessions.
 * A refusal (such as "the only active administrator") is shown in the dialog in plain words.
 */
final class UserDialog extends Dialog {

    final Select<Role> role = new Select<>();
    final Button changeRole = new Button(Texts.t("access.userDialog.changeRole"));
    final Button disable = new Button(Texts.t("access.userDialog.disable"));
    final Button enable = new Button(Texts.t("access.userDialog.enable"));
    final Button unlock = new Button(Texts.t("access.userDialog.unlock"));
    final Paragraph refusal = new Paragraph();
    final UserSessionsPanel sessions;
    final UserResetForm reset;
    final UserTwoStepPanel twoStep;

    private final UserAdministration administration;
    private final Runnable changed;
    private final Paragraph who = new Paragraph();
    private final Div states = new Div();
    private UserAccount user;

    UserDialog(UserAccount user, UserAdministration administration, MfaAdministration mfa, UserTime time,
            Runnable changed) {
        this.user = user;
        this.administration = administration;
        this.changed = changed;
        setId("user-dialog");
        addClassName("user-dialog");
        setWidth("40rem");
        setMaxWidth("100%");
        var close = new Button(VaadinIcon.CLOSE.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(Texts.t("access.userDialog.close"));
        getHeader().add(close);
        who.addClassName("user-dialog-who");
        refusal.setId("user-refusal");
        refusal.addClassName("user-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        role.setId("user-role");
        role.setAriaLabel(Texts.t("access.userDialog.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(Labels::label);
        changeRole.setId("change-role");
        changeRole.addClickListener(e -> act(() -> administration.changeRole(this.user.id(), role.getValue()),
                Texts.t("access.userDialog.roleChanged")));
        disable.setId("disable-user");
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disable.addClickListener(e -> act(() -> administration.disable(this.user.id()),
                Texts.t("access.userDialog.userDisabledTheirSessions")));
        enable.setId("enable-user");
        enable.addClickListener(e -> act(() -> administration.enable(this.user.id()),
                Texts.t("access.userDialog.userEnabled")));
        unlock.setId("unlock-user");
        unlock.addClickListener(e -> act(() -> administration.unlock(this.user.id()),
                Texts.t("access.userDialog.signInLockLifted")));
        var roleRow = new Div(role, changeRole);
        roleRow.addClassName("user-dialog-row");
        var stateRow = new Div(disable, enable, unlock);
        stateRow.addClassName("user-dialog-row");
        sessions = new UserSessionsPanel(user.id(), administration, time);
        reset = new UserResetForm(administration, () -> this.user, () -> {
            sessions.refresh();
            reload(Texts.t("access.userDialog.temporaryPasswordSetThe"));
        });
        twoStep = new UserTwoStepPanel(user.username(), mfa);
        add(who, states, refusal, new H3(Texts.t("access.userDialog.role2")), roleRow,
                new H3(Texts.t("access.userDialog.access")), stateRow,
                new H3(Texts.t("access.userDialog.resetPassword")),
                reset, twoStep, sessions);
        var done = new Button(Texts.t("access.userDialog.done"), e -> close());
        done.setId("close-user-dialog");
        getFooter().add(done);
        show(user);
    }

    private void act(Runnable action, String done) {
        refusal.setVisible(false);
        try {
            action.run();
            sessions.refresh();
            reload(done);
        } catch (UserRefusedException refused) {
            refusal.setText(Texts.known(refused.getMessage()));
            refusal.setVisible(true);
        }
    }

    private void reload(String done) {
        administration.user(user.id()).ifPresentOrElse(this::show, this::close);
        changed.run();
        Notification.show(done, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void show(UserAccount account) {
        user = account;
        setHeaderTitle(account.displayName());
        who.setText(account.username() + (account.email() == null ? "" : " · " + account.email()) + " · "
                + Labels.label(account.role()));
        states.removeAll();
        states.add(UserGrid.states(account));
        role.setValue(account.role());
        disable.setVisible(!account.is(UserState.DISABLED));
        enable.setVisible(account.is(UserState.DISABLED));
        unlock.setVisible(account.is(UserState.LOCKED));
    }
}
