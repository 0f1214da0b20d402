package com.complianceportal.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The new-assessment page as an assessor uses it: search an entity, pick a template, create, read the result. */
public final class NewAssessmentPage {

    private final Page page;

    public NewAssessmentPage(Page page) {
        this.page = page;
    }

    public static NewAssessmentPage open(Page page, String baseUrl) {
        page.navigate(baseUrl + "/assessments/new");
        page.locator("#create-assessment").waitFor();
        return new NewAssessmentPage(page);
    }

    /** Types the entity's name into the picker, waits until the server's answer lists only it, and picks it. */
    public void chooseEntity(String name) {
        Locator input = page.locator("#entity-picker input");
        input.click();
        input.fill(name);
        Locator offered = page.locator("vaadin-combo-box-item:visible");
        assertThat(offered).hasCount(1);
        assertThat(offered.locator(".entity-name")).hasText(name);
        offered.click();
        assertThat(offered).hasCount(0);
        assertThat(input).hasValue(name);
    }

    public void chooseTemplate(String name) {
        page.locator("#template-picker vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(name))
                .first().click();
    }

    public void create() {
        page.locator("#create-assessment").click();
        page.locator("#result-panel").waitFor();
    }

    public String workflowState() {
        page.locator("#workflow-state").waitFor();
        return page.locator("#workflow-state").innerText();
    }

    /** The link to the created assessment: its text names the assessment ("Open assessment 100123-1"). */
    public Locator resultLink() {
        return page.locator("#result-link");
    }

    public Locator conflictLink() {
        return page.locator("#conflict-link");
    }
}
