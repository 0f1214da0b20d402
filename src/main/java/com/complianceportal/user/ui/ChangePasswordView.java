package com.complianceportal.user.ui;

import com.complianceportal.i18n.Texts;
import com.complianceportal.user.service.AccountService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Where a user whose password was set by someone else (an administrator's reset, a generated first password) must
 * choose their own before anything else; {@link PasswordChangeGuard} sends every navigation here until they have.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return Texts.t("password.choose.pageTitle");
    }

    ChangePasswordView(AccountService accounts, AuthenticationContext authentication) {
        addClassName("change-password-view");
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
        var title = new H1(Texts.t("password.choose.title"));
        title.addClassName("login-title");
        var why = new Paragraph(Texts.t("password.choose.reason"));
        why.setId("change-password-reason");
        var form = new PasswordChangeForm(accounts, accounts.myAccount().username(),
                () -> UI.getCurrent().navigate(""));
        var signOut = new Button(Texts.t("userMenu.signOut"), e -> authentication.logout());
        signOut.setId("change-password-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(title, why, form, signOut);
    }
}
