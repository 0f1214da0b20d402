package com.complianceportal.access.ui;

import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.Role;
import com.complianceportal.user.service.NewUser;
import com.complianceportal.user.service.PasswordPolicy;
import com.complianceportal.user.service.UserAccount;
import com.complianceportal.user.service.UserAdministration;
import com.complianceportal.user.service.UserRefusedException;
import com.complianceportal.user.service.UserRules;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * A new user: user name, name, e-mail address, role and an initial password (twice). The service checks every rule;
 * a refusal is shown next to its field and everything typed stays. Closing the dialog empties the password fields.
 */
final class NewUserDialog extends Dialog {

    final TextField username = new TextField(Texts.t("access.newUserDialog.userName"));
    final TextField displayName = new TextField(Texts.t("access.newUserDialog.name"));
    final TextField email = new TextField(Texts.t("access.newUserDialog.eMailAddressOptional"));
    final Select<Role> role = new Select<>();
    final PasswordField password = new PasswordField(Texts.t("access.newUserDialog.initialPassword"));
    final PasswordField confirm = new PasswordField(Texts.t("access.newUserDialog.repeatInitialPassword"));
    final Button create = new Button(Texts.t("access.newUserDialog.createUser"));

    private final UserAdministration administration;
    private final Consumer<UserAccount> created;

    NewUserDialog(UserAdministration administration, Consumer<UserAccount> created) {
        this.administration = administration;
        this.created = created;
        setId("new-user-dialog");
        setHeaderTitle(Texts.t("access.newUserDialog.newUser"));
        setWidth("34rem");
        setMaxWidth("100%");
        username.setId("new-user-username");
        username.setMaxLength(UserRules.MAX_USERNAME);
        username.setHelperText(Texts.t("access.newUserDialog.lettersDigitsDotsHyphens"));
        displayName.setId("new-user-name");
        email.setId("new-user-email");
        role.setId("new-user-role");
        role.setLabel(Texts.t("access.newUserDialog.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(Labels::label);
        role.setValue(Role.VIEWER);
        password.setId("new-user-password");
        password.setHelperText(Texts.t("access.newUserDialog.tellTheUserIn", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH));
        confirm.setId("new-user-confirm");
        var form = new FormLayout(username, displayName, email, role, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> submit());
        var cancel = new Button(Texts.t("access.newUserDialog.cancel"), e -> close());
        getFooter().add(cancel, create);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                password.clear();
                confirm.clear();
            }
        });
    }

    private void submit() {
        clearErrors();
        if (!password.getValue().equals(confirm.getValue())) {
            invalid(confirm, Texts.t("access.newUserDialog.theTwoPasswordsDiffer"));
            return;
        }
        try {
            UserAccount user = administration.create(new NewUser(username.getValue(), displayName.getValue(),
                    email.getValue(), role.getValue() == null ? Role.VIEWER : role.getValue(),
                    Secret.of(password.getValue())));
            close();
            created.accept(user);
        } catch (UserRefusedException refused) {
            invalid(switch (refused.field()) {
                case USERNAME, USER -> username;
                case DISPLAY_NAME -> displayName;
                case EMAIL -> email;
                case PASSWORD -> password;
            }, Texts.known(refused.getMessage()));
        }
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {username, displayName, email, password, confirm}) {
            field.setInvalid(false);
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
