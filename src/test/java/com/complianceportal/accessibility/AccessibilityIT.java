package com.complianceportal.accessibility;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.complianceportal.testsupport.Axe;
import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.LoginPage;
import com.complianceportal.testsupport.Screenshots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * axe-core on every kind of screen, light and dark, in real Chromium: no violation of impact serious or critical. The
 * scheme is applied the way the portal's own switch applies it (the {@code theme} attribute and {@code color-scheme}
 * of the document).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityIT extends ChromiumSession {

    private static Path axe;

    @BeforeAll
    static void installAxe() {
        Optional<Path> script = Axe.script();
        assumeTrue(script.isPresent(), "Skipped: no npm on the PATH to install axe-core " + Axe.VERSION
                + " from the npm registry (Debian: apt-get install npm)");
        axe = script.get();
    }

    @Test
    void no_screen_has_a_serious_or_critical_violation_in_light_or_dark() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        page.setViewportSize(1280, 900);
        new LoginPage(page, baseUrl()).open();
        check(found, "login");

        new LoginPage(page, baseUrl()).open().signInSuccessfully("admin", "admin");
        visit("/", "vaadin-app-layout");
        check(found, "dashboard");
        visit("/assessments", "#assessment-grid");
        page.locator("#assessment-grid .cell-main").first().waitFor();
        check(found, "register");
        page.locator("#assessment-grid .cell-main").first().click();
        page.waitForURL(url -> url.matches(".*/assessments/[^/?]+$") && !url.endsWith("/new"));
        settle();
        check(found, "detail");
        visit("/assessments/new", "vaadin-app-layout");
        check(found, "create form");
        visit("/account", "vaadin-app-layout");
        check(found, "account");
        shots("account");
        visit("/admin/users", "vaadin-grid");
        check(found, "admin: users");
        visit("/admin/audit", "vaadin-grid");
        check(found, "admin: audit log");
        visit("/admin/api-keys", "vaadin-grid");
        check(found, "admin: API keys");

        if (!found.isEmpty()) {
            fail(report(found));
        }
    }

    private void visit(String path, String ready) {
        page.navigate(baseUrl() + path);
        page.locator(ready).first().waitFor();
        settle();
    }

    /** Until Vaadin has no request under way and the page has painted. */
    private void settle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
        page.waitForTimeout(300);
    }

    private void check(Map<String, List<String>> found, String screen) {
        for (String scheme : List.of("light", "dark")) {
            applyScheme(scheme);
            List<String> violations = Axe.seriousViolations(page, axe);
            if (!violations.isEmpty()) {
                found.put(screen + " (" + scheme + ")", violations);
            }
        }
    }

    /** The screen at desktop and phone width, light and dark, for people to look at. */
    private void shots(String name) {
        var shots = new Screenshots("accessibility");
        for (int width : List.of(Screenshots.DESKTOP, Screenshots.PHONE)) {
            Screenshots.resize(page, width);
            for (String scheme : List.of("light", "dark")) {
                applyScheme(scheme);
                shots.take(page, name + "-" + scheme);
            }
        }
        page.setViewportSize(1280, 900);
    }

    private void applyScheme(String scheme) {
        page.evaluate("s => { document.documentElement.setAttribute('theme', s);"
                + " document.documentElement.style.colorScheme = s; }", scheme);
        // Lumo's fields fade their colours: measured mid-fade, a label has neither scheme's contrast.
        page.waitForTimeout(1000);
    }

    private static String report(Map<String, List<String>> found) {
        List<String> lines = new ArrayList<>();
        lines.add("axe-core " + Axe.VERSION + ": serious or critical violations");
        found.forEach((screen, violations) -> {
            lines.add(screen + ":");
            violations.forEach(v -> lines.add("  - " + v));
        });
        return String.join("\n", lines);
    }
}
