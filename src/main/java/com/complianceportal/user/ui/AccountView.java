package com.complianceportal.user.ui;

import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.complianceportal.user.service.AccountInfo;
import com.complianceportal.user.service.AccountService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The signed-in user's own account: who they are, what other features show about it (such as API keys and signed-in
 * sessions) and a password change form. Open to every role.
 */
@Route("account")
@Menu(title = "menu.account", icon = "vaadin:user", order = 90)
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return Texts.t("account.title");
    }

    AccountView(AccountService accounts, ObjectProvider<AccountSection> sections) {
        addClassName("account-view");
        AccountInfo account = accounts.myAccount();
        add(summary(account));
        sections.orderedStream().forEach(section -> add(section.create()));
        add(new RegionalSettingsForm(accounts));
        var heading = new H2(Texts.t("password.change"));
        add(heading, new PasswordChangeForm(accounts, account.username(),
                () -> getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new PasswordChangedEvent(ui)))));
        setMaxWidth("40rem");
    }

    private static Div summary(AccountInfo account) {
        var summary = new Div(line(Texts.t("account.username"), account.username()),
                line(Texts.t("account.name"), account.displayName()), line(Texts.t("account.role"),
                Labels.label(account.role())));
        summary.addClassName("account-summary");
        return summary;
    }

    private static Div line(String label, String value) {
        var term = new Span(label);
        term.addClassName("term");
        var definition = new Span(value);
        definition.addClassName("definition");
        return new Div(term, definition);
    }
}
