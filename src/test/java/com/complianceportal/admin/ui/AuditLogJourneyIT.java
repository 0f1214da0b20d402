package com.complianceportal.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.LoginPage;
import com.complianceportal.testsupport.MainPage;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An administrator reads the audit log in Chromium: hostile text in a target and a detail is shown as text and nothing
 * runs; the screen at desktop and phone widths, light and dark, is kept as screenshots in target/screenshots; signing
 * out from the menu is recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditLogJourneyIT extends ChromiumSession {

    static final String HOSTILE = "<img src=x onerror=alert(1)>\"><script>alert(2)</script> שלום 😀";

    @Autowired
    AuditLog audit;
    @Autowired
    AuditEventRepository events;

    @Test
    void hostile_text_is_shown_as_text_and_signing_out_is_recorded() {
        String run = "journey" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(run, AuditAction.SIGN_IN_SUCCEEDED, null, null, "203.0.113.9");
        audit.record(run, AuditAction.ACCESS_DENIED, HOSTILE, HOSTILE + " " + "x".repeat(10_000), "203.0.113.9");
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        MainPage main = new LoginPage(page, baseUrl()).open().signInSuccessfully("admin", "admin");

        page.navigate(baseUrl() + "/admin/audit?actor=" + run);
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Access denied")).first()
                .waitFor();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("<img src=x"))
                .count()).isGreaterThan(0);
        assertThat(page.locator("img[src=x]").count()).as("no markup from the log").isZero();
        shoot("audit-1280-light", 1280, 800);
        shoot("audit-390-light", 390, 844);
        page.setViewportSize(1280, 800);
        page.locator("vaadin-button[aria-label='Switch to dark appearance']").click();
        shoot("audit-1280-dark", 1280, 800);
        shoot("audit-390-dark", 390, 844);
        page.setViewportSize(1280, 800);
        page.locator("vaadin-button[aria-label='Switch to light appearance']").click();
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Access denied")).first()
                .click();
        shoot("audit-1280-details", 1280, 800);
        assertThat(dialogs).as("nothing ran").isEmpty();

        main.signOut();

        assertThat(events.findByUsernameOrderByOccurredAtDesc("admin").getFirst().action())
                .isEqualTo(AuditAction.SIGNED_OUT);
    }

    private void shoot(String name, int width, int height) {
        page.setViewportSize(width, height);
        page.waitForTimeout(800);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")));
    }
}
