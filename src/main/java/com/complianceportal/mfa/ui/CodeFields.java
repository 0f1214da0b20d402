package com.complianceportal.mfa.ui;

import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.textfield.TextField;

/** The field for a one-time code, alike on the code page and the account page. */
final class CodeFields {

    private CodeFields() {
    }

    static TextField code(String label) {
        var field = new TextField(label);
        field.setId("two-step-code");
        field.addClassName("two-step-code");
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.setMaxLength(32);
        field.setAutofocus(true);
        field.setRequired(true);
        field.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(Texts.t("mfa.codeFields.enterACode")));
        return field;
    }
}
