package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.apikey.domain.Upstream;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The questions asked before a stored key is replaced or revoked; they name whose key and which one. */
final class KeyConfirmations {

    private KeyConfirmations() {
    }

    /** Asked before the new key is typed, so that no dialog ever waits while holding a key. */
    static ConfirmDialog replace(String userName, Upstream upstream, KeyStatus stored, Runnable confirmed) {
        var dialog = new ConfirmDialog("Replace " + userName + "’s " + upstream.label() + " key?",
                "The key ending in " + stored.lastFour() + " stays in use until you save a new one; then it is"
                        + " deleted from the portal.", "Enter a new key", e -> confirmed.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Keep the key");
        dialog.setId("confirm-replace");
        return dialog;
    }

    static ConfirmDialog revoke(String userName, Upstream upstream, KeyStatus stored, Runnable confirmed) {
        var dialog = new ConfirmDialog("Revoke " + userName + "’s " + upstream.label() + " key?",
                "The key ending in " + stored.lastFour() + " is deleted from the portal. " + userName + " cannot use "
                        + upstream.label() + " through the portal until an administrator sets a new key.",
                "Revoke key", e -> confirmed.run());
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep the key");
        dialog.setId("confirm-revoke");
        return dialog;
    }
}
