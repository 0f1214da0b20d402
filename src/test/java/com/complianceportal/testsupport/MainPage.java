package com.complianceportal.testsupport;

import com.microsoft.playwright.Page;

/** Any signed-in page: the layout's user menu and navigation. */
public final class MainPage {

    private final Page page;

    public MainPage(Page page) {
        this.page = page;
    }

    public String userMenuText() {
        return page.locator("#user-menu").innerText();
    }

    public void signOut() {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-sign-out").click();
        page.waitForURL("**/login**");
    }
}
