package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyPolicy;
import com.complianceportal.apikey.service.ApiKeyRefusedException;
import com.complianceportal.i18n.Texts;
import com.complianceportal.shared.Secret;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/**
 * A new key and its label. The key field is write-only: never filled in by the portal, and emptied the moment Save is
 * pressed, before anything else happens, so that no component keeps the key; its value goes to the service once.
 */
final class KeyForm extends Div {

    /** Stores the key; refusals come back as {@link ApiKeyRefusedException} and are shown next to their field. */
    @FunctionalInterface
    interface Submit {
        void submit(Secret key, String label);
    }


    final PasswordField key = new PasswordField();
    final TextField label = new TextField(Texts.t("apikey.keyForm.labelOptional"));
    final Button save = new Button(Texts.t("apikey.keyForm.saveKey"));
    final Button cancel = new Button(Texts.t("apikey.keyForm.cancel"));
    private final Span problem = new Span();
    private final Submit submit;

    KeyForm(Upstream upstream, boolean replacing, Submit submit, Runnable cancelled) {
        this.submit = submit;
        addClassName("key-form");
        key.setLabel(replacing ? Texts.t("apikey.keyForm.newKey", upstream.label())
                : Texts.t("apikey.keyForm.key", upstream.label()));
        key.setId("key-value");
        // Browsers must not offer the administrator's own saved password for this field.
        key.setAutocomplete(Autocomplete.NEW_PASSWORD);
        key.setHelperText(Texts.t("apikey.keyForm.toPrintableCharactersNo", ApiKeyPolicy.MIN_LENGTH,
                ApiKeyPolicy.MAX_LENGTH));
        label.setId("key-label");
        label.setMaxLength(ApiKeyPolicy.MAX_LABEL);
        label.setPlaceholder(Texts.t("apikey.keyForm.eGTeamAsia"));
        problem.addClassName("key-form-problem");
        problem.setVisible(false);
        save.setId("save-key");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER).listenOn(key, label);
        cancel.setId("cancel-key");
        cancel.addClickListener(e -> {
            key.clear();
            cancelled.run();
        });
        var buttons = new Div(save, cancel);
        buttons.addClassName("key-form-buttons");
        add(key, label, problem, buttons);
    }

    void focus() {
        key.focus();
    }

    /** Empties the key field, for example when the dialog closes with a key typed but not saved. */
    void discard() {
        key.clear();
    }

    private void save() {
        String typed = key.getValue();
        key.clear();
        save.setEnabled(true);
        problem.setVisible(false);
        label.setInvalid(false);
        Optional<String> keyProblem = ApiKeyPolicy.keyProblem(typed);
        Optional<String> labelProblem = ApiKeyPolicy.labelProblem(label.getValue());
        labelProblem.map(Texts::known).ifPresent(this::refuseLabel);
        if (keyProblem.isPresent() || labelProblem.isPresent()) {
            refuseKey(keyProblem.map(Texts::known).orElse(Texts.t("apikey.keyForm.checkLabel")));
            return;
        }
        try {
            submit.submit(Secret.of(typed), label.getValue());
        } catch (ApiKeyRefusedException refused) {
            switch (refused.field()) {
                case KEY -> refuseKey(Texts.known(Texts.known(refused.getMessage())));
                case LABEL -> {
                    refuseLabel(Texts.known(Texts.known(refused.getMessage())));
                    refuseKey(Texts.t("apikey.keyForm.checkLabel"));
                }
                case USER -> {
                    problem.setText(Texts.known(refused.getMessage()));
                    problem.setVisible(true);
                }
            }
        }
    }

    private void refuseLabel(String message) {
        label.setErrorMessage(message);
        label.setInvalid(true);
    }

    private void refuseKey(String message) {
        key.setErrorMessage(message + " " + Texts.t("apikey.keyForm.enterTheKeyAgain"));
        key.setInvalid(true);
        key.focus();
    }
}
