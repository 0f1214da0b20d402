package com.complianceportal.access.ui;

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
    final Button reset = new Button("Reset two-step sign-in");

    private final MfaAdministration mfa;
    private final String username;

    UserTwoStepPanel(String username, MfaAdministration mfa) {
        this.username = username;
        this.mfa = mfa;
        setId("user-two-step");
        status.setId("user-two-step-status");
        reset.setId("reset-two-step");
        reset.addClickListener(e -> confirm());
        add(new H3("Two-step sign-in"), status, reset);
        refresh();
    }

    private void refresh() {
        boolean on = mfa.enrolled(username);
        status.setText(on ? "On: this user signs in with a code from an authenticator app."
                : "Off: this user signs in with the password only.");
        reset.setVisible(on);
    }

    private void confirm() {
        var dialog = new ConfirmDialog("Reset two-step sign-in?",
                "The user's authenticator app and recovery codes stop working. They sign in with their password and"
                        + " set up two-step sign-in again.", "Reset", e -> resetNow());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void resetNow() {
        boolean removed = mfa.reset(username);
        refresh();
        Notification.show(removed ? "Two-step sign-in reset." : "Two-step sign-in was already off.", 4000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
