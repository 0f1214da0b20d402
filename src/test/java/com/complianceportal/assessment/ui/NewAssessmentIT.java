package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.service.AssessmentCreationService;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.EveningClock;
import com.complianceportal.testsupport.LoginPage;
import com.complianceportal.testsupport.NewAssessmentPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Creating an assessment in Chromium. A database of its own keeps the creates away from other tests; the clock stands
 * after the demo rows' times, so a created assessment heads the register as it does in real use.
 */
@Import(EveningClock.Config.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:portal-create-e2e;DB_CLOSE_DELAY=-1")
@WithMockUser(username = "test", roles = {"VIEWER", "ASSESSOR"})
class NewAssessmentIT extends ChromiumSession {

    @Autowired
    AssessmentService register;
    @Autowired
    AssessmentCreationService creation;



    private NewAssessmentPage signInAndOpen(String user) {
        new LoginPage(page, baseUrl()).open().signInSuccessfully(user, user);
        return NewAssessmentPage.open(page, baseUrl());
    }

    private String entityName(int index) {
        return creation.entities("", index, 1).getFirst().name();
    }

    @Test
    void an_assessor_creates_an_assessment_clicks_again_and_a_new_form_points_to_the_open_one() {
        long before = register.count(AssessmentFilter.NONE);
        NewAssessmentPage form = signInAndOpen("assessor");
        form.chooseEntity(entityName(0));
        form.chooseTemplate("Environmental Audit 6.1 – Verification");

        form.create();

        assertThat(form.workflowState()).isEqualTo("Active");
        String link = form.resultLink().getAttribute("href");
        assertThat(link).matches("assessments/1\\d{5}-1");
        assertThat(register.count(AssessmentFilter.NONE)).isEqualTo(before + 1);

        form.create();
        form.create();
        page.getByText("You already created this assessment").waitFor();

        assertThat(form.resultLink().getAttribute("href")).as("the same assessment again").isEqualTo(link);
        assertThat(form.conflictLink().count()).isZero();
        assertThat(register.count(AssessmentFilter.NONE)).isEqualTo(before + 1);

        form = NewAssessmentPage.open(page, baseUrl());
        form.chooseEntity(entityName(0));
        form.chooseTemplate("Environmental Audit 6.1 – Verification");
        form.create();

        assertThat(form.conflictLink().getAttribute("href")).isEqualTo(link);
        assertThat(register.count(AssessmentFilter.NONE)).isEqualTo(before + 1);
    }

    @Test
    void an_assessor_finds_the_new_assessment_at_the_top_of_the_register_grid() {
        NewAssessmentPage form = signInAndOpen("assessor");
        form.chooseEntity(entityName(1));
        form.chooseTemplate("Supplier Self-Assessment 3.0 – Self");
        form.create();
        String assessmentId = form.resultLink().innerText().replace("Open assessment ", "");

        page.navigate(baseUrl() + "/assessments");
        page.locator("vaadin-grid").first().waitFor();

        page.getByText(assessmentId, new Page.GetByTextOptions().setExact(true)).first().waitFor();
    }

    @Test
    void on_a_phone_the_new_assessment_opens_by_its_id_with_contacts_in_the_header_and_touch_sized_links() {
        page.setViewportSize(390, 844);
        NewAssessmentPage form = signInAndOpen("assessor");
        form.chooseEntity(entityName(2));
        form.chooseTemplate("Health and Safety Audit 5.2 – Verification");
        form.create();
        String assessmentId = form.resultLink().innerText().replace("Open assessment ", "");

        form.resultLink().click();

        page.waitForURL(Pattern.compile(".*/assessments/" + Pattern.quote(assessmentId) + "$"));
        assertThat(page.locator("#keyfact-lead").innerText()).contains("To be assigned").contains("Placeholder");
        page.locator("#assessed-contacts").click();
        Locator headerMail = page.locator(".contacts-popover a[href^='mailto:']").first();
        headerMail.waitFor();
        assertThat(headerMail.boundingBox().height).isGreaterThanOrEqualTo(44);
        page.keyboard().press("Escape");
        page.locator("#jump-to-stakeholders").click();
        Locator cardPhone = page.locator("#card-assessed a[href^='tel:']").first();
        assertThat(cardPhone.boundingBox().height).isGreaterThanOrEqualTo(44);
        assertThat(page.locator("#card-executor-0").innerText()).contains("To be assigned").contains("Placeholder");
    }

    @Test
    void a_viewer_opening_the_new_assessment_page_is_refused() {
        new LoginPage(page, baseUrl()).open().signInSuccessfully("viewer", "viewer");

        page.navigate(baseUrl() + "/assessments/new");
        page.getByText("Page not found").first().waitFor();

        assertThat(page.locator("#create-assessment").count()).isZero();
        assertThat(page.locator("vaadin-side-nav-item").allInnerTexts()).noneMatch(t -> t.contains("New assessment"));
    }
}
