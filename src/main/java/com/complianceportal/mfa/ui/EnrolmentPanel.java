package com.complianceportal.mfa.ui;

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

    final TextField code = CodeFields.code("Code from the app");
    final Button confirm = new Button("Confirm");

    EnrolmentPanel(EnrolmentOffer offer, Consumer<String> onCode) {
        setId("two-step-enrolment");
        addClassName("two-step-enrolment");
        var steps = new Paragraph("1. Open an authenticator app on your phone (for example Google Authenticator,"
                + " Microsoft Authenticator, 1Password or FreeOTP) and scan this QR code.");
        var qr = QrCodeImage.of(offer.otpauthUri(), "QR code to add the portal to an authenticator app");
        qr.setId("two-step-qr");
        var key = new Span(offer.groupedKey());
        key.setId("two-step-key");
        key.addClassName("two-step-key");
        var manual = new Paragraph("Cannot scan? Enter this key in the app instead (time-based, 6 digits): ");
        manual.add(key);
        var next = new Paragraph("2. Enter the 6-digit code that the app now shows for Compliance Portal.");
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
