package com.complianceportal.testsupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The signed-in user's account page. */
public final class AccountPage {

    private final Page page;

    private AccountPage(Page page) {
        this.page = page;
    }

    public static AccountPage open(Page page, String baseUrl) {
        page.navigate(baseUrl + "/account");
        page.locator("#own-api-keys").waitFor();
        return new AccountPage(page);
    }

    /** The line about the user's own key for an upstream ("rise", "maxsight"). */
    public Locator key(String upstream) {
        return page.locator("#own-key-" + upstream);
    }
}
