package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The questions asked before a stored key is replaced or revoked; they name whose key and which one. */
final class KeyConfirmations {

    private KeyConfirmations() {
    }

    /** Asked before the new key is typed, so that no dialog ever waits while holding a key. */
    static ConfirmDialog replace(String userName, Upstream upstream, KeyStatus stored, Runnable confirmed) {
        var dialog = new ConfirmDialog(Texts.t("apikey.keyConfirmations.replaceSKey", userName, upstream.label()),
                Texts.t("apikey.keyConfirmations.theKeyEndingIn", stored.lastFour()),
                        Texts.t("apikey.keyConfirmations.enterANewKey"), e -> confirmed.run());
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("apikey.keyConfirmations.keepTheKey"));
        dialog.setId("confirm-replace");
        return dialog;
    }

    static ConfirmDialog revoke(String userName, Upstream upstream, KeyStatus stored, Runnable confirmed) {
        var dialog = new ConfirmDialog(Texts.t("apikey.keyConfirmations.revokeSKey", userName, upstream.label()),
                Texts.t("apikey.keyConfirmations.theKeyEndingIn2", stored.lastFour(), userName, upstream.label()),
                Texts.t("apikey.keyConfirmations.revokeKey"), e -> confirmed.run());
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("apikey.keyConfirmations.keepTheKey2"));
        dialog.setId("confirm-revoke");
        return dialog;
    }
}
