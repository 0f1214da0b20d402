package com.complianceportal.base.ui;

import com.complianceportal.user.domain.RegionalSettings;
import com.complianceportal.user.service.AccountService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Each browser tab speaks and formats the way its browser asks for (its preferred language and region), not the way
 * the server's own locale would: a German browser reads German texts, 1.234 and 31.12.2026. A signed-in user's own
 * choice of language and time zone (account page) wins over the browser's; it applies to every tab opened after it.
 */
@Component
class BrowserLocale implements VaadinServiceInitListener {

    private final AccountService accounts;

    BrowserLocale(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            Locale browser = request == null || request.getLocale() == null ? init.getUI().getLocale()
                    : request.getLocale();
            init.getUI().setLocale(browser);
            if (signedIn()) {
                apply(init.getUI(), browser, accounts.myRegionalSettings());
            }
        });
    }

    /** The user's language with the browser's region (German texts and formats for "de" in an American browser). */
    static void apply(UI ui, Locale browser, RegionalSettings settings) {
        Locale chosen = settings.locale();
        if (chosen != null && !chosen.getLanguage().equals(browser.getLanguage())) {
            ui.setLocale(Locale.of(chosen.getLanguage(), browser.getCountry()));
        }
        ComponentUtil.setData(ui, ZoneId.class, settings.zone());
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
