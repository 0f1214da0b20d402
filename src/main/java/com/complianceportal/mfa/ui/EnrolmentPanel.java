package com.complianceportal.mfa.ui;

import com.complianceportal.i18n.Texts;
import com.complianceportal.mfa.service.EnrolmentOffer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * Setting up the app: the QR code, the same key in groups for typing in, and a field for the first code, which
 * proves the app holds the key. The owner checks the code and calls {@link #refuse} when it is not accepted.
 */
class EnrolmentPanel extends Div {

    final TextField code = CodeFields.code(Texts.t("mfa.enrolmentPanel.codeFromTheApp"));
    final Button confirm = new Button(Texts.t("mfa.enrolmentPanel.confirm"));

    EnrolmentPanel(EnrolmentOffer offer, Consumer<String> onCode) {
        setId("two-step-enrolment");
        addClassName("two-step-enrolment");
        var steps = new Paragraph(Texts.t("mfa.enrolmentPanel.1OpenAnAuthenticator"));
        var qr = QrCodeImage.of(offer.otpauthUri(), Texts.t("mfa.enrolmentPanel.qrCodeToAdd"));
        qr.setId("two-step-qr");
        var key = new Span(offer.groupedKey());
        key.setId("two-step-key");
        key.addClassName("two-step-key");
        var manual = new Paragraph(Texts.t("mfa.enrolmentPanel.cannotScanEnterThis"));
        manual.add(key);
        var next = new Paragraph(Texts.t("mfa.enrolmentPanel.2EnterThe6"));
        confirm.setId("two-step-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        confirm.addClickListener(click -> onCode.accept(code.getValue()));
        var form = new Div(code, confirm);
        form.addClassName("two-step-form");
        add(steps, qr, manual, next, form);
    }

    /** Shows why the code was not accepted; the field is emptied, as a code is not kept on the page. */
    void refuse(String message) {
        code.clear();
        code.setErrorMessage(message);
        code.setInvalid(true);
        code.focus();
    }
}
