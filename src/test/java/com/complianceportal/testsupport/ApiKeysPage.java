package com.complianceportal.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The API key administration as an administrator uses it: find a user, open their keys, set, replace, revoke. */
public final class ApiKeysPage {

    private final Page page;

    private ApiKeysPage(Page page) {
        this.page = page;
    }

    public static ApiKeysPage open(Page page, String baseUrl) {
        page.navigate(baseUrl + "/admin/api-keys");
        page.locator("#api-key-grid").waitFor();
        return new ApiKeysPage(page);
    }

    /** Narrows the list to the user and opens the dialog with their keys. */
    public ApiKeysPage manage(String username, String displayName) {
        page.locator("#api-keys-search input").fill(username);
        Locator row = page.locator("#api-key-grid .key-cell-main:visible",
                new Page.LocatorOptions().setHasText(displayName));
        assertThat(row).hasCount(1);
        row.click();
        page.locator("#key-panel-rise").waitFor();
        return this;
    }

    public ApiKeysPage setKey(String upstream, String key, String label) {
        page.locator("#set-key-" + upstream).click();
        return save(key, label);
    }

    /** Replacing asks first; the new key is typed only after the confirmation. */
    public ApiKeysPage replaceKey(String upstream, String key) {
        page.locator("#replace-key-" + upstream).click();
        page.locator("vaadin-button[slot=confirm-button]").click();
        return save(key, "");
    }

    public ApiKeysPage revoke(String upstream) {
        page.locator("#revoke-" + upstream).click();
        page.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#set-key-" + upstream)).isVisible();
        return this;
    }

    /** Presses the key's Test button and returns where its verdict shows ("OK", "Rejected"...). */
    public Locator test(String upstream) {
        page.locator("#test-key-" + upstream).click();
        Locator result = page.locator("#key-test-" + upstream);
        assertThat(result).isVisible();
        return result;
    }

    /** What the open dialog shows of the user's key, e.g. "•••• 3f9a". */
    public Locator maskedKey(String upstream) {
        return page.locator("#key-panel-" + upstream + " .key-masked");
    }

    public ApiKeysPage closeDialog() {
        page.locator("#close-user-keys").click();
        assertThat(page.locator("#key-panel-rise")).hasCount(0);
        return this;
    }

    /** The list's text, every visible row. */
    public Locator list() {
        return page.locator("#api-key-grid");
    }

    private ApiKeysPage save(String key, String label) {
        Locator field = page.locator("#key-value input");
        assertThat(field).hasValue("");
        field.fill(key);
        page.locator("#key-label input").fill(label);
        page.locator("#save-key").click();
        assertThat(page.locator("#key-value")).hasCount(0);
        return this;
    }
}
