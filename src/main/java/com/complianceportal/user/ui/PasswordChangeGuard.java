package com.complianceportal.user.ui;

import com.complianceportal.user.service.AccountService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A signed-in user who must choose a new password reaches nothing but {@link ChangePasswordView} (and the login page,
 * to sign out): every other navigation, from the menu or a typed address, is rerouted there.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final ObjectProvider<AccountService> accounts;
    private final ObjectProvider<AuthenticationContext> authentication;

    PasswordChangeGuard(ObjectProvider<AccountService> accounts, ObjectProvider<AuthenticationContext> authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class
                || !authentication.getObject().isAuthenticated()) {
            return;
        }
        if (accounts.getObject().mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
