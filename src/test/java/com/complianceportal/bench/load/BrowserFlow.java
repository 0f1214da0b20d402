package com.complianceportal.bench.load;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import com.complianceportal.testsupport.Chromium;
import com.complianceportal.testsupport.LoginPage;
import com.complianceportal.testsupport.RegisterPage;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The load test's flow done once by a real Chromium, recorded as a HAR file: sign-in, dashboard, register, search,
 * sort, the first row's detail and back. What the browser sends there is what {@link VirtualUser} must send.
 */
public final class BrowserFlow {

    private BrowserFlow() {
    }

    /** Walks the flow against {@code baseUrl} as {@code username}; every request and answer goes to {@code har}. */
    public static void record(String baseUrl, String username, String password, String searchText, Path har) {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setRecordHarPath(har)
                    .setViewportSize(1280, 900));
            Page page = context.newPage();
            new LoginPage(page, baseUrl).open().signInSuccessfully(username, password);
            assertThat(page.locator("vaadin-side-nav-item[path='assessments']")).isVisible();
            page.locator("vaadin-side-nav-item[path='assessments']").click();
            page.waitForURL(Pattern.compile(".*/assessments$"));
            RegisterPage register = new RegisterPage(page);
            assertThat(register.total()).not().isEmpty();
            register.search(searchText);
            assertThat(register.total()).not().isEmpty();
            register.sortBy("Due");
            assertThat(register.total()).not().isEmpty();
            clickFirstRow(page);
            page.waitForURL(Pattern.compile(".*/assessments/[^/?]+$"));
            page.locator("h1, h2").first().waitFor();
            page.goBack();
            page.waitForURL(Pattern.compile(".*/assessments\\?.*"));
            assertThat(register.total()).not().isEmpty();
            context.close();
        }
    }

    /** Clicks the middle of the first body row's first cell, as a user would. */
    private static void clickFirstRow(Page page) {
        page.waitForFunction("() => { const r = document.querySelector('#assessment-grid')"
                + ".shadowRoot.querySelector('#items tr'); return r && r._item; }");
        List<?> xy = (List<?>) page.evaluate("() => { const c = document.querySelector('#assessment-grid')"
                + ".shadowRoot.querySelector('#items tr td').getBoundingClientRect();"
                + " return [c.x + c.width / 2, c.y + c.height / 2]; }");
        page.mouse().click(((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue());
    }

    /** Records the flow against a running portal: {@code BrowserFlow <baseUrl> <har file>}. */
    public static void main(String[] args) {
        record(args[0], "viewer", "viewer", "Textiles", Path.of(args[1]));
    }
}
