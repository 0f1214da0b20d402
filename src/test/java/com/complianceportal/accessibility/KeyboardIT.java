package com.complianceportal.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.service.AssessmentCreationService;
import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.EveningClock;
import com.complianceportal.testsupport.LoginPage;
import com.complianceportal.testsupport.RegisterPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The register's filter bar and grid and the create form, worked in Chromium with the keyboard only: Tab, Shift+Tab,
 * the arrow keys, Enter and Space, and typed text. No click after signing in. The create writes into a database of its
 * own (the same one as the other create tests).
 */
@Import(EveningClock.Config.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:portal-create-e2e;DB_CLOSE_DELAY=-1")
@WithMockUser(username = "test", roles = {"VIEWER", "ASSESSOR"})
class KeyboardIT extends ChromiumSession {

    @Autowired
    AssessmentCreationService creation;

    /** The innermost focused element, through shadow roots: what the keyboard acts on. */
    private static final String FOCUSED = """
            () => { let a = document.activeElement;
                    while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
                    return a; }""";
    private static final int MAX_TABS = 60;

    /** Presses {@code key} until {@code test} (a JavaScript function of the focused element) holds. */
    private void pressUntil(String key, String test) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(page.evaluate("() => { const a = (" + FOCUSED + ")(); return !!a && (" + test
                    + ")(a); }"))) {
                return;
            }
            page.keyboard().press(key);
        }
        throw new AssertionError(key + " " + MAX_TABS + " times did not reach " + test + "; focus is on "
                + page.evaluate("() => { const a = (" + FOCUSED + ")(); return a ? a.outerHTML.slice(0, 200) : null; }"));
    }

    /** The text of the grid cell that has the keyboard focus. */
    private String focusedCellText() {
        return (String) page.evaluate("""
                () => { const grid = document.querySelector('#assessment-grid');
                        const cell = grid.shadowRoot.activeElement;
                        const slot = cell && cell.querySelector('slot');
                        const content = slot && slot.assignedElements()[0];
                        return content ? content.innerText.trim() : null; }""");
    }

    private static final String IN_GRID_BODY = "a => a.closest('#items') !== null"
            + " && a.getRootNode().host && a.getRootNode().host.id === 'assessment-grid'";

    @Test
    void the_register_is_filtered_walked_and_opened_with_the_keyboard_and_back_again() {
        new LoginPage(page, baseUrl()).open().signInSuccessfully("viewer", "viewer");
        page.navigate(baseUrl() + "/assessments");
        page.locator("#assessment-grid .cell-main").first().waitFor();

        pressUntil("Tab", "a => a.closest('#register-search') !== null");
        Response uidl = page.waitForResponse(r -> r.url().contains("v-r=uidl"), () -> {
            page.keyboard().type("Textiles");
            page.waitForURL(Pattern.compile(".*[?&]q=Textiles(&.*)?$"));
        });
        assertThat(uidl.headerValue("x-request-id")).as("Vaadin's own requests carry a correlation id too")
                .matches("[A-Z2-9]{8}");
        page.locator("#assessment-grid .cell-main").first().waitFor();

        pressUntil("Tab", IN_GRID_BODY);
        String first = focusedCellText();
        page.keyboard().press("ArrowDown");
        String second = focusedCellText();
        assertThat(first).matches("\\d{6}-\\d+");
        assertThat(second).matches("\\d{6}-\\d+").isNotEqualTo(first);
        page.keyboard().press("ArrowUp");
        assertThat(focusedCellText()).isEqualTo(first);
        page.keyboard().press("ArrowDown");

        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/assessments/" + Pattern.quote(second) + "$"));
        page.getByText(second).first().waitFor();

        pressUntil("Tab", "a => a.closest('.back-link') !== null");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/assessments(\\?.*)?$"));
        page.locator("#assessment-grid .cell-main").first().waitFor();
        pressUntil("Shift+Tab", "a => a.closest('#register-search') !== null");
        assertThat(new RegisterPage(page).total().innerText()).isNotBlank();
    }

    @Test
    void an_assessor_fills_and_submits_the_create_form_with_the_keyboard() {
        new LoginPage(page, baseUrl()).open().signInSuccessfully("assessor", "assessor");
        page.navigate(baseUrl() + "/assessments/new");
        page.locator("#create-assessment").waitFor();

        // An entity of its own: the other create tests in this database use the first three.
        String entity = creation.entities("", 5, 1).getFirst().name();
        pressUntil("Tab", "a => a.closest('#entity-picker') !== null");
        page.keyboard().type(entity);
        page.locator("vaadin-combo-box-item .entity-name").filter(new Locator.FilterOptions().setHasText(entity))
                .first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("#entity-picker input").inputValue()).isEqualTo(entity);

        pressUntil("Tab", "a => a.closest('#template-picker') !== null");
        page.keyboard().press("Space");
        assertThat(page.locator("#template-picker vaadin-radio-button[checked]").count()).isEqualTo(1);

        pressUntil("Tab", "a => a.closest('#create-assessment') !== null");
        page.keyboard().press("Enter");
        page.locator("#result-panel").waitFor();
        assertThat(page.locator("#result-link").getAttribute("href")).matches("assessments/1\\d{5}-1");
    }
}
