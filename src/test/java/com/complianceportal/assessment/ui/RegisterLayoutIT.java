package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.LoginPage;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** How the register and its dates look in real Chromium: screen widths, time zones and a German browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegisterLayoutIT extends ChromiumSession {

    @Autowired
    AssessmentService service;

    private Page signedIn(Browser.NewContextOptions options) {
        BrowserContext own = context.browser().newContext(options);
        Page p = own.newPage();
        new LoginPage(p, baseUrl()).open().signInSuccessfully("viewer", "viewer");
        return p;
    }

    @Test
    void at_1440_by_900_id_organisation_status_and_due_date_show_without_scrolling_sideways() {
        Page p = signedIn(new Browser.NewContextOptions().setViewportSize(1440, 900));
        p.navigate(baseUrl() + "/assessments");
        p.locator("#assessment-grid .cell-main").first().waitFor();

        @SuppressWarnings("unchecked")
        Map<String, Object> space = (Map<String, Object>) p.locator("#assessment-grid").evaluate("""
                grid => {
                  const right = grid.getBoundingClientRect().right;
                  const out = {};
                  for (const header of ['Assessment', 'Assessed organisation', 'Status', 'Due']) {
                    const cell = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                        .find(c => c.innerText.trim() === header);
                    out[header] = cell ? Math.round(right - cell.getBoundingClientRect().right) : -1;
                  }
                  return out;
                }""");
        assertThat(space).as("pixels between each header's right edge and the grid's right edge").allSatisfy(
                (header, pixels) -> assertThat(((Number) pixels).intValue()).as(header).isGreaterThanOrEqualTo(0));
        assertThat(p.locator("#assessment-grid .cell-sub").first().innerText()).doesNotMatch("[A-Z]{2}");
    }

    @Test
    void a_phone_gets_compact_rows_with_the_first_row_near_the_top() {
        Page p = signedIn(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));
        p.navigate(baseUrl() + "/assessments");
        Locator first = p.locator("#assessment-grid .compact-row").first();
        first.waitFor();

        assertThat(first.innerText()).containsPattern("\\d{6}-\\d+").contains("Due");
        assertThat(first.boundingBox().y).as("pixels above the first row").isLessThan(300);
        assertThat(p.locator("#assessment-grid .cell-main").count()).isZero();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void los_angeles_and_shanghai_see_the_same_calendar_dates() {
        AssessmentSummary due = service.search(AssessmentFilter.NONE,
                List.of(new AssessmentSort(AssessmentSort.Field.DUE_DATE, true)), 0, 1).rows().getFirst();
        SecurityContextHolder.clearContext();
        String la = dates(signedIn(new Browser.NewContextOptions().setTimezoneId("America/Los_Angeles")), due);
        String shanghai = dates(signedIn(new Browser.NewContextOptions().setTimezoneId("Asia/Shanghai")), due);

        assertThat(la).isEqualTo(shanghai).contains(String.valueOf(due.dates().due().getYear()));
    }

    @Test
    void a_german_browser_reads_and_types_dates_the_german_way() {
        Page p = signedIn(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1440, 900));
        p.navigate(baseUrl() + "/assessments");
        p.locator("#assessment-grid .cell-main").first().waitFor();
        assertThat(p.locator("vaadin-grid-cell-content:has(vaadin-badge), vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\d{2}\\.\\d{2}\\.\\d{4}")))
                .count()).as("due dates as 31.12.2026").isPositive();

        Locator from = p.locator("#filter-due-from input");
        from.fill("31.12.2026");
        from.press("Enter");
        p.waitForURL(Pattern.compile(".*due_from=2026-12-31.*"));

        Locator to = p.locator("#filter-due-to input");
        to.fill("13/45/2026");
        to.press("Enter");
        to.press("Tab");
        // The field is checked on the server after it loses the focus: wait for its answer.
        PlaywrightAssertions.assertThat(p.locator("#filter-due-to")).hasAttribute("invalid", "");
        PlaywrightAssertions.assertThat(p.locator("#filter-due-to [slot=error-message]")).containsText("31.12.");
    }

    /** The Due line of the detail page's dates and the due cell of the register, as this browser shows them. */
    private String dates(Page p, AssessmentSummary s) {
        p.navigate(baseUrl() + "/assessments/" + s.id());
        Locator timeline = p.locator("#dates li")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Due")));
        timeline.first().waitFor();
        String detail = timeline.first().innerText();
        p.navigate(baseUrl() + "/assessments?q=" + s.assessmentId());
        Locator row = p.locator("#assessment-grid .cell-main").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("\\d{4}$")));
        row.first().waitFor();
        return detail + " | " + row.first().innerText();
    }
}
