package com.complianceportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.LoginPage;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The portal works under its Content-Security-Policy: a walk through every kind of page (sign-in, register, export,
 * detail, dashboard charts, create form, account, dark mode) shows no CSP violation and no script error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentSecurityPolicyIT extends ChromiumSession {

    private final List<String> problems = new CopyOnWriteArrayList<>();

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setAcceptDownloads(true);
    }

    private void watch() {
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") || message.text().contains("Content Security Policy")) {
                problems.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> problems.add("page error: " + error));
    }

    @Test
    void every_kind_of_page_works_without_a_policy_violation() {
        watch();
        var login = new LoginPage(page, baseUrl()).open();
        login.signInAs("admin", "wrong-password-csp");
        login.showsFailure();
        login.signInSuccessfully("admin", "admin");

        page.navigate(baseUrl() + "/");
        page.locator("#status-chart").waitFor();
        page.locator("#findings-chart").waitFor();

        page.navigate(baseUrl() + "/assessments");
        page.locator("#register-total").waitFor();
        Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
        assertThat(download.failure()).isNull();

        Locator first = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^1\\d{5}-\\d+$"))).first();
        first.click();
        page.locator("#stakeholders").waitFor();

        page.locator("#color-scheme-toggle").click();
        page.waitForFunction("() => getComputedStyle(document.documentElement).colorScheme.includes('dark')");

        page.navigate(baseUrl() + "/assessments/new");
        page.locator("vaadin-combo-box").first().waitFor();
        page.navigate(baseUrl() + "/account");
        page.locator("vaadin-password-field").first().waitFor();
        page.locator("#color-scheme-toggle").click();
        page.waitForFunction("() => !getComputedStyle(document.documentElement).colorScheme.includes('dark')");
        page.waitForTimeout(500);

        assertThat(problems).isEmpty();
    }
}
