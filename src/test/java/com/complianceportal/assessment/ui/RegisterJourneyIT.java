package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.LoginPage;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A viewer's day in real Chromium: filter in the UI, the address follows, a reload keeps the filter, a row opens
 * its stakeholder cards, and the CSV export holds exactly the filtered rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegisterJourneyIT extends ChromiumSession {

    @Autowired
    AssessmentService service;


    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setAcceptDownloads(true);
    }

    @BeforeEach
    void signIn() {
        new LoginPage(page, baseUrl()).open().signInSuccessfully("viewer", "viewer");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void filter_reload_open_a_row_and_export_the_filtered_rows() throws Exception {
        long submitted = service.count(AssessmentFilter.status("Submitted"));
        SecurityContextHolder.clearContext();
        page.navigate("http://localhost:" + port + "/assessments");
        Locator total = page.locator("#register-total");
        total.waitFor();

        Locator status = page.locator("#filter-status input");
        status.click();
        status.fill("Submitted");
        page.keyboard().press("Enter");
        page.keyboard().press("Escape");
        page.waitForURL(Pattern.compile(".*/assessments\\?status=Submitted$"));
        assertThat(total.innerText()).isEqualTo(submitted + " assessments");

        page.reload();
        page.locator("#register-total").waitFor();
        assertThat(page.locator("#register-total").innerText()).isEqualTo(submitted + " assessments");
        assertThat(page.locator("#filter-status").evaluate("e => e.selectedItems.map(i => i.label).join(',')")).isEqualTo("Submitted");

        Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
        assertThat(download.suggestedFilename()).matches("assessments-\\d{4}-\\d{2}-\\d{2}\\.csv");
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(download.path(), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize((int) submitted);
        String statusHeader = rows.getFirst().getParser().getHeaderNames().stream()
                .filter(h -> h.replace("\uFEFF", "").equals("Status")).findFirst().orElseThrow();
        assertThat(rows).allMatch(r -> r.get(statusHeader).equals("Submitted"));

        Locator third = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^1\\d{5}-\\d+$"))).nth(2);
        String opened = third.innerText();
        third.click();
        page.waitForURL(Pattern.compile(".*/assessments/" + Pattern.quote(opened) + "$"));
        page.locator("#stakeholders").waitFor();
        assertThat(page.locator("#card-assessed").innerText()).isNotBlank();
        String mail = page.locator("#stakeholders a[href^='mailto:']").first().getAttribute("href");
        assertThat(mail).matches("mailto:[^@]+@[^@]+");
        assertThat(page.locator("#stakeholders a[href^='tel:']").count()).isPositive();

        page.goBack();
        page.waitForURL(Pattern.compile(".*/assessments\\?status=Submitted$"));
        page.locator("#register-total").waitFor();
        assertThat(page.locator("#register-total").innerText()).isEqualTo(submitted + " assessments");
        page.waitForFunction("""
                id => { const cell = document.querySelector('#assessment-grid').shadowRoot.activeElement;
                        const slot = cell && cell.querySelector('slot');
                        const content = slot && slot.assignedElements()[0];
                        return content && content.innerText.trim() === id; }""", opened);
    }

    @Test
    void garbage_in_the_address_gives_a_notice_not_an_error() {
        page.navigate("http://localhost:" + port + "/assessments?status=%3Cimg%20src=x%20onerror=alert(1)%3E"
                + "&due_from=notadate&sort=nosuchcolumn");
        page.locator("#register-total").waitFor();
        assertThat(page.locator("vaadin-notification-card").first().innerText()).contains("ignored");
        assertThat(page.locator("img[src=x]").count()).isZero();
        page.waitForURL(Pattern.compile(".*/assessments$"));
    }
}
