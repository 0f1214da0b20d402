package com.complianceportal.access.ui;

import com.complianceportal.i18n.Texts;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.service.PasswordPolicy;
import com.complianceportal.user.service.UserAccount;
import com.complianceportal.user.service.UserAdministration;
import com.complianceportal.user.service.UserRefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Supplier;

/**
 * A temporary password for the user, twice: the user must replace it at their next sign-in, and their sessions end.
 * The fields are emptied once it is set.
 */
final class UserResetForm extends FormLayout {

    final PasswordField password = new PasswordField(Texts.t("access.userResetForm.temporaryPassword"));
    final PasswordField confirm = new PasswordField(Texts.t("access.userResetForm.repeatTemporaryPassword"));
    final Button set = new Button(Texts.t("access.userResetForm.setTemporaryPassword"));

    UserResetForm(UserAdministration administration, Supplier<UserAccount> user, Runnable done) {
        password.setId("reset-password");
        password.setHelperText(PasswordPolicy.HINT);
        confirm.setId("reset-confirm");
        set.setId("reset-password-button");
        set.addClickListener(e -> {
            password.setInvalid(false);
            confirm.setInvalid(false);
            if (!password.getValue().equals(confirm.getValue())) {
                confirm.setErrorMessage(Texts.t("access.userResetForm.theTwoPasswordsDiffer"));
                confirm.setInvalid(true);
                return;
            }
            try {
                administration.resetPassword(user.get().id(), Secret.of(password.getValue()));
                password.clear();
                confirm.clear();
                done.run();
            } catch (UserRefusedException refused) {
                password.setErrorMessage(Texts.known(refused.getMessage()));
                password.setInvalid(true);
            }
        });
        add(password, confirm, set);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30rem", 2));
        setColspan(set, 1);
    }
}
