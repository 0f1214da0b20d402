package com.complianceportal.testsupport;

import com.microsoft.playwright.Page;

/** The sign-in page as a user sees it. */
public final class LoginPage {

    private final Page page;
    private final String baseUrl;

    public LoginPage(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    public LoginPage open() {
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").waitFor();
        return this;
    }

    public void signInAs(String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForLoadState();
    }

    /** Signs in and waits until the main layout shows the user menu. */
    public MainPage signInSuccessfully(String username, String password) {
        signInAs(username, password);
        page.locator("#user-menu").waitFor();
        return new MainPage(page);
    }

    public boolean showsFailure() {
        page.locator("vaadin-login-form[error]").waitFor();
        return page.url().contains("/login");
    }

    /** The user name as the form shows it now. */
    public String username() {
        return page.locator("input[name=username]").inputValue();
    }

    public boolean showsText(String text) {
        return page.getByText(text).isVisible();
    }
}
