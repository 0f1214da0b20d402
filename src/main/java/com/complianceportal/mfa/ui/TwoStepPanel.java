package com.complianceportal.mfa.ui;

import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.complianceportal.mfa.service.CodeRefusedException;
import com.complianceportal.mfa.service.MfaAccount;
import com.complianceportal.mfa.service.RecoveryCodeList;
import com.complianceportal.mfa.service.TwoStepStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * The account page's "Two-step sign-in": off (with "Set up"), setting up (QR code, key, first code), the recovery
 * codes once, and on (new recovery codes, turn off). Each state replaces the previous one in place.
 */
@StyleSheet("two-step.css")
class TwoStepPanel extends Div {

    private final MfaAccount account;
    private final Clock clock;
    private final Div body = new Div();

    TwoStepPanel(MfaAccount account, Clock clock) {
        this.account = account;
        this.clock = clock;
        setId("two-step");
        addClassName("two-step");
        add(new H2(Texts.t("mfa.twoStepPanel.twoStepSignIn")), body);
        showStatus();
    }

    private void showStatus() {
        TwoStepStatus status = account.status();
        body.removeAll();
        var state = new Paragraph();
        state.setId("two-step-state");
        if (!status.enrolled()) {
            state.setText(Texts.t("mfa.twoStepPanel.offWithTwoStep"));
            var setUp = primary(Texts.t("mfa.twoStepPanel.setUpTwoStep"), "two-step-set-up", this::showEnrolment);
            body.add(state, actions(setUp));
            return;
        }
        String since = status.since() == null ? ""
                : UserTime.current().dateTime(status.since().atOffset(ZoneOffset.UTC));
        state.setText(Texts.t("mfa.twoStepPanel.onSinceOf10", since, status.recoveryCodesLeft())
                + (status.required() ? " " + Texts.t("mfa.twoStepPanel.yourRoleRequiresIt") : ""));
        var newCodes = secondary(Texts.t("mfa.twoStepPanel.newRecoveryCodes"), "two-step-new-codes",
                () -> ask(new ProofForm(Texts.t("mfa.twoStepPanel.currentCodeFromYour"), false,
                        Texts.t("mfa.twoStepPanel.makeNewCodes"), this::renewCodes)));
        var actions = actions(newCodes);
        if (!status.required()) {
            actions.add(secondary(Texts.t("mfa.twoStepPanel.turnOff"), "two-step-off",
                    () -> ask(new ProofForm(Texts.t("mfa.twoStepPanel.currentCodeOrYour"), true,
                            Texts.t("mfa.twoStepPanel.turnOff2"), this::turnOff))));
        }
        body.add(state, actions);
    }

    /** Shows the form for one action at a time. */
    private void ask(ProofForm form) {
        body.getChildren().filter(ProofForm.class::isInstance).toList().forEach(body::remove);
        body.add(form);
    }

    private void showEnrolment() {
        body.removeAll();
        EnrolmentPanel[] panel = new EnrolmentPanel[1];
        panel[0] = new EnrolmentPanel(account.startEnrolment(), code -> {
            try {
                showCodes(account.confirmEnrolment(code), Texts.t("mfa.twoStepPanel.twoStepSignIn2"));
            } catch (CodeRefusedException refused) {
                panel[0].refuse(RefusalText.of(refused, clock));
            }
        });
        var cancel = new Button(Texts.t("mfa.twoStepPanel.cancel"), click -> showStatus());
        cancel.setId("two-step-cancel");
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        body.add(panel[0], cancel);
    }

    private void showCodes(RecoveryCodeList codes, String message) {
        body.removeAll();
        var done = new Paragraph(message);
        done.setId("two-step-done");
        body.add(done, new RecoveryCodesPanel(codes, Texts.t("mfa.twoStepPanel.iHaveSavedThem"), this::showStatus));
    }

    private void renewCodes(String code) {
        showCodes(account.regenerateRecoveryCodes(code), Texts.t("mfa.twoStepPanel.newRecoveryCodesMade"));
    }

    private void turnOff(String proof) {
        account.disable(proof);
        Notification.show(Texts.t("mfa.twoStepPanel.twoStepSignIn3")).addThemeVariants(NotificationVariant.SUCCESS);
        showStatus();
    }

    private static Div actions(Button... buttons) {
        var actions = new Div(buttons);
        actions.addClassName("two-step-actions");
        return actions;
    }

    private static Button primary(String text, String id, Runnable action) {
        var button = secondary(text, id, action);
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    private static Button secondary(String text, String id, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.setId(id);
        return button;
    }

    /** One field and a button for an action that needs a current code (or the password), with its own refusals. */
    private final class ProofForm extends Div {

        ProofForm(String label, boolean passwordAllowed, String submit, Consumer<String> action) {
            addClassName("two-step-form");
            setId("two-step-proof");
            TextFieldBase<?, String> field = passwordAllowed ? new PasswordField(label) : CodeFields.code(label);
            field.setId("two-step-proof-value");
            var go = new Button(submit);
            go.setId("two-step-proof-submit");
            go.addThemeVariants(ButtonVariant.PRIMARY);
            go.addClickListener(click -> {
                String value = field.getValue();
                field.clear();
                try {
                    action.accept(value);
                } catch (CodeRefusedException refused) {
                    field.setErrorMessage(passwordAllowed && refused.reason() == CodeRefusedException.Reason.WRONG
                            ? Texts.t("mfa.twoStepPanel.thatIsNeitherA")
                            : RefusalText.of(refused, clock));
                    field.setInvalid(true);
                }
            });
            var cancel = new Button(Texts.t("mfa.twoStepPanel.cancel"), click -> removeFromParent());
            cancel.addThemeVariants(ButtonVariant.TERTIARY);
            add(field, go, cancel);
        }
    }
}
