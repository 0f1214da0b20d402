package com.complianceportal.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** The assessment register as a user works it: the total, filters, a sortable header, a row, and why it is empty. */
public final class RegisterPage {

    private final Page page;

    public RegisterPage(Page page) {
        this.page = page;
    }

    /** Opens the register and waits until it has answered: with a total, or with why it has none. */
    public static RegisterPage open(Page page, String baseUrl) {
        page.navigate(baseUrl + "/assessments");
        return new RegisterPage(page).answered();
    }

    /** Reloads the page and waits for the register's answer. */
    public RegisterPage reload() {
        page.reload();
        return answered();
    }

    /** "1,234 assessments"; empty while the source cannot answer. */
    public Locator total() {
        return page.locator("#register-total");
    }

    /** The sentence in place of the rows: nothing matches, no key, or the source could not answer. */
    public Locator emptyMessage() {
        return page.locator("#register-empty p");
    }

    public Locator retry() {
        return page.locator("#register-retry");
    }

    /** The grid cell that shows exactly {@code text}, such as an assessment id. */
    public Locator cell(String text) {
        return page.locator("#assessment-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(exactly(text)));
    }

    /** The header of the one column that narrow screens get in place of the table. */
    public Locator compactHeader() {
        return cell("Assessments");
    }

    /** Types into the search field; once the user stops typing, the register searches and the address follows. */
    public RegisterPage search(String text) {
        page.locator("#register-search input").fill(text);
        page.waitForURL(Pattern.compile(".*[?&]q=" + Pattern.quote(text) + "(&.*)?$"));
        return this;
    }

    /** Clicks the sorter of the column with this header: ascending first, then descending. */
    public RegisterPage sortBy(String header) {
        page.locator("#assessment-grid vaadin-grid-sorter").filter(new Locator.FilterOptions()
                .setHasText(exactly(header))).click();
        page.waitForURL(Pattern.compile(".*[?&]sort=.*"));
        return this;
    }

    /** Opens the row of the assessment with this id and waits for its page. */
    public void openRow(String assessmentId) {
        cell(assessmentId).first().click();
        page.waitForURL(Pattern.compile(".*/assessments/" + Pattern.quote(assessmentId) + "$"));
    }

    /**
     * A pattern for exactly this text. Playwright runs it as a JavaScript regular expression in the page, which knows
     * no {@link Pattern#quote} ({@code \Q...\E}): special characters are escaped one by one.
     */
    private static Pattern exactly(String text) {
        return Pattern.compile("^\\s*" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}-]", "\\\\$0") + "\\s*$");
    }

    private RegisterPage answered() {
        assertThat(page.locator("#register-total:not(:empty), #register-empty.failed").first()).isVisible();
        return this;
    }
}
