package com.complianceportal.mfa.ui;

import com.complianceportal.i18n.Texts;
import com.complianceportal.mfa.service.RecoveryCodeList;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;

/**
 * New recovery codes, shown this once: each works one time in place of a code from the app. A copy button puts them
 * on the clipboard; "I have saved them" takes them off the page.
 */
class RecoveryCodesPanel extends Div {

    RecoveryCodesPanel(RecoveryCodeList codes, String doneLabel, Runnable done) {
        setId("recovery-codes");
        addClassName("recovery-codes");
        var list = new OrderedList();
        list.setId("recovery-code-list");
        list.addClassName("recovery-code-list");
        codes.codes().forEach(code -> list.add(new ListItem(code)));
        var copy = new Button(Texts.t("mfa.recoveryCodesPanel.copyCodes"), VaadinIcon.COPY_O.create());
        copy.setId("recovery-codes-copy");
        String all = String.join("\n", codes.codes());
        copy.addClickListener(click -> {
            copy.getElement().executeJs("return navigator.clipboard.writeText($0)", all);
            Notification.show(Texts.t("mfa.recoveryCodesPanel.recoveryCodesCopied"));
        });
        var saved = new Button(doneLabel, click -> {
            removeAll();
            done.run();
        });
        saved.setId("recovery-codes-saved");
        saved.addThemeVariants(ButtonVariant.PRIMARY);
        var actions = new Div(copy, saved);
        actions.addClassName("two-step-actions");
        add(new H3(Texts.t("mfa.recoveryCodesPanel.yourRecoveryCodes")),
                new Paragraph(Texts.t("mfa.recoveryCodesPanel.keepTheseCodesSomewhere")),
                list, actions);
    }
}
