package com.complianceportal.base.ui;

import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.complianceportal.user.service.AccountInfo;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The signed-in user's name and role, with "Change password" and "Sign out". */
final class UserMenu extends MenuBar {

    UserMenu(AccountInfo account, AuthenticationContext authentication) {
        setId("user-menu");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var avatar = new Avatar(account.displayName());
        avatar.addClassName("user-avatar");
        var name = new Span(account.displayName());
        name.addClassName("user-name");
        var role = new Span(Labels.label(account.role()));
        role.addClassName("user-role");
        var label = new Div(name, role);
        label.addClassName("user-label");
        var topContent = new Div(avatar, label);
        topContent.addClassName("user-menu-top");
        var top = addItem(topContent);
        top.setAriaLabel(Texts.t("userMenu.label", account.displayName()));
        var sub = top.getSubMenu();
        sub.addItem(withIcon(VaadinIcon.KEY, Texts.t("userMenu.account")), e -> UI.getCurrent().navigate("account"))
                .setId("menu-change-password");
        sub.addItem(withIcon(VaadinIcon.SIGN_OUT, Texts.t("userMenu.signOut")), e -> authentication.logout())
                .setId("menu-sign-out");
    }

    private static Div withIcon(VaadinIcon icon, String text) {
        var item = new Div(icon.create(), new Span(text));
        item.addClassName("menu-item");
        return item;
    }
}
