package com.complianceportal.user.ui;

import com.complianceportal.i18n.Texts;
import com.complianceportal.user.service.AccountService;
import com.complianceportal.user.service.PasswordChangeException;
import com.complianceportal.user.service.PasswordPolicy;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;

/** Current password, new password twice; the same rules as the service, with the message next to the field. */
class PasswordChangeForm extends Composite<FormLayout> {

    final PasswordField current = new PasswordField(Texts.t("password.current"));
    final PasswordField next = new PasswordField(Texts.t("password.new"));
    final PasswordField confirm = new PasswordField(Texts.t("password.repeat"));
    final Button save = new Button(Texts.t("password.change"));

    private final Binder<PasswordChange> binder = new Binder<>();
    private final AccountService accounts;
    private final Runnable changed;

    PasswordChangeForm(AccountService accounts, String username, Runnable changed) {
        this.accounts = accounts;
        this.changed = changed;
        current.setId("current-password");
        next.setId("new-password");
        confirm.setId("confirm-password");
        save.setId("change-password");
        next.setHelperText(Texts.t("password.hint", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        binder.forField(current).asRequired(Texts.t("password.current.required"))
                .bind(PasswordChange::getCurrent, PasswordChange::setCurrent);
        binder.forField(next).asRequired(Texts.t("password.new.required"))
                .withValidator((value, ctx) -> PasswordPolicy.problem(username, value).map(Texts::known)
                        .map(ValidationResult::error)
                        .orElse(ValidationResult.ok()))
                .bind(PasswordChange::getNext, PasswordChange::setNext);
        binder.forField(confirm).asRequired(Texts.t("password.repeat.required"))
                .withValidator(value -> value.equals(next.getValue()), Texts.t("password.differ"))
                .bind(PasswordChange::getConfirm, PasswordChange::setConfirm);
        next.addValueChangeListener(e -> {
            if (!confirm.isEmpty()) {
                binder.validate();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("form-submit");
        save.addClickListener(e -> submit());
        getContent().add(current, next, confirm, save);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    private void submit() {
        var change = new PasswordChange();
        if (!binder.writeBeanIfValid(change)) {
            return;
        }
        try {
            accounts.changePassword(change.getCurrent(), change.getNext());
            binder.readBean(new PasswordChange());
            Notification.show(Texts.t("password.changed"), 4000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        } catch (PasswordChangeException refused) {
            PasswordField field = refused.field() == PasswordChangeException.Field.CURRENT_PASSWORD ? current : next;
            field.setErrorMessage(Texts.known(refused.getMessage()));
            field.setInvalid(true);
        }
    }

    /** Form state; never leaves this form except as arguments to the service call. */
    static final class PasswordChange {
        private String current = "";
        private String next = "";
        private String confirm = "";

        String getCurrent() { return current; }
        void setCurrent(String value) { current = value; }
        String getNext() { return next; }
        void setNext(String value) { next = value; }
        String getConfirm() { return confirm; }
        void setConfirm(String value) { confirm = value; }
    }
}
