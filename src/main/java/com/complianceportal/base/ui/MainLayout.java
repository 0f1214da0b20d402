package com.complianceportal.base.ui;

import com.complianceportal.i18n.Texts;
import com.complianceportal.user.service.AccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in view: navigation for the user's role, the page title and the user menu. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(AccountService accounts, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");
        var account = accounts.myAccount();
        var spacer = new Span();
        spacer.addClassName("navbar-spacer");
        addToNavbar(new DrawerToggle(), viewTitle, spacer,
                new ColorSchemeToggle(accounts, account.colorScheme()), new UserMenu(account, authentication));
        addToDrawer(brand(), new Scroller(sideNav()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle()
                : MenuConfiguration.getPageHeader(getContent()).map(Texts::t).orElse(""));
    }

    private static Component brand() {
        var logo = VaadinIcon.CLIPBOARD_CHECK.create();
        logo.addClassName("brand-logo");
        var name = new Span(Texts.t("app.name"));
        name.addClassName("brand-name");
        var brand = new Span(logo, name);
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav sideNav() {
        var nav = new SideNav();
        nav.setLabel(Texts.t("menu.label"));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        String title = Texts.t(entry.title());
        return entry.icon() == null ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }
}
