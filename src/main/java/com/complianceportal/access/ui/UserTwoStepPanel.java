package com.complianceportal.access.ui;

import com.complianceportal.i18n.Texts;
import com.complianceportal.mfa.service.MfaAdministration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * A user's two-step sign-in, for an administrator: whether it is on, and a reset for a lost phone (after a
 * confirmation), after which the user signs in with the password and sets it up again.
 */
final class UserTwoStepPanel extends Div {

    final Paragraph status = new Paragraph();
    final Button reset = new Button(Texts.t("access.userTwoStepPanel.resetTwoStepSign"));

    private final MfaAdministration mfa;
    private final String username;

    UserTwoStepPanel(String username, MfaAdministration mfa) {
        this.username = username;
        this.mfa = mfa;
        setId("user-two-step");
        status.setId("user-two-step-status");
        reset.setId("reset-two-step");
        reset.addClickListener(e -> confirm());
        add(new H3(Texts.t("access.userTwoStepPanel.twoStepSignIn")), status, reset);
        refresh();
    }

    private void refresh() {
        boolean on = mfa.enrolled(username);
        status.setText(on ? Texts.t("access.userTwoStepPanel.onThisUserSigns")
                : Texts.t("access.userTwoStepPanel.offThisUserSigns"));
        reset.setVisible(on);
    }

    private void confirm() {
        var dialog = new ConfirmDialog(Texts.t("access.userTwoStepPanel.resetTwoStepSign2"),
                Texts.t("access.userTwoStepPanel.theUserSAuthenticator"), Texts.t("access.userTwoStepPanel.reset"),
                        e -> resetNow());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void resetNow() {
        boolean removed = mfa.reset(username);
        refresh();
        Notification.show(removed ? Texts.t("access.userTwoStepPanel.twoStepSignIn2")
                : Texts.t("access.userTwoStepPanel.twoStepSignIn3"), 4000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
