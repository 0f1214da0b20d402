package com.complianceportal.cluster;

import com.complianceportal.testsupport.ApiKeysPage;
import com.complianceportal.testsupport.Chromium;
import com.complianceportal.testsupport.LoginPage;
import com.complianceportal.testsupport.NewAssessmentPage;
import com.complianceportal.testsupport.RegisterPage;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What two portal instances behind nginx prove, checked in real Chromium sessions through the proxy (run by
 * {@code scripts/two-instances.sh}, which starts PostgreSQL, the instances and nginx). nginx's {@code portal_route}
 * cookie says which instance serves a browser; each session starts with the cookie of the instance it should use.
 * Properties: {@code cluster.url} (the proxy), {@code cluster.stop-a} (the process id of instance A, stopped at the
 * end), {@code cluster.signal-wait} (seconds to wait for the other instance to follow; 15). Prints each proof; exits
 * with 1 at the first that fails.
 */
public final class TwoInstancesCheck {

    private static final String URL = System.getProperty("cluster.url", "http://127.0.0.1:18080");
    private static final long WAIT_MILLIS = Long.getLong("cluster.signal-wait", 15) * 1000;
    private static final List<String> PROVED = new ArrayList<>();

    private TwoInstancesCheck() {
    }

    public static void main(String[] args) {
        long stopA = Long.getLong("cluster.stop-a", -1);
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page viewerOnA = signedIn(browser, "a", "viewer");
            Page assessorOnB = signedIn(browser, "b", "assessor");
            String totalA = RegisterPage.open(viewerOnA, URL).total().innerText();
            String totalB = RegisterPage.open(assessorOnB, URL).total().innerText();
            check(totalA.equals(totalB) && !totalA.isBlank(), "users on either instance see the same register ("
                    + totalA + " on A, " + totalB + " on B)");
            check(route(viewerOnA).equals("a") && route(assessorOnB).equals("b"),
                    "nginx keeps each session on its instance (sticky route cookie a and b)");

            String created = createOn(assessorOnB);
            check(waitFor(() -> shows(viewerOnA, created)), "an assessment created on B (" + created
                    + ") is found on A at its next refresh");
            String total = RegisterPage.open(viewerOnA, URL).total().innerText();
            check(number(total) == number(totalA) + 1, "A's register total follows: " + totalA + " -> " + total);

            Page adminOnA = signedIn(browser, "a", "admin");
            setAssessorEnabled(adminOnA, false);
            assessorOnB.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Dashboard"))
                    .first().click();
            check(onLoginPage(assessorOnB), "a user disabled by an administrator on A is signed out on B at the next"
                    + " click");
            setAssessorEnabled(adminOnA, true);

            Page adminOnB = signedIn(browser, "b", "admin");
            ApiKeysPage.open(adminOnA, URL).manage("viewer", "Vera Viewer").setKey("rise", "rise-key-two-1234",
                    "two instances");
            ApiKeysPage keysOnB = ApiKeysPage.open(adminOnB, URL).manage("viewer", "Vera Viewer");
            check(keysOnB.maskedKey("rise").innerText().contains("1234"), "a key set on A is shown on B (masked)");
            ApiKeysPage.open(adminOnA, URL).manage("viewer", "Vera Viewer").revoke("rise");
            ApiKeysPage.open(adminOnB, URL).manage("viewer", "Vera Viewer");
            check(adminOnB.locator("#set-key-rise").isVisible() && keysOnB.maskedKey("rise").count() == 0,
                    "the key revoked on A is gone on B at its next request");

            if (stopA > 0) {
                ProcessHandle.of(stopA).ifPresent(ProcessHandle::destroyForcibly);
                check(waitFor(() -> ProcessHandle.of(stopA).map(p -> !p.isAlive()).orElse(true)),
                        "instance A stopped (killed)");
                viewerOnA.navigate(URL + "/assessments");
                check(onLoginPage(viewerOnA), "A's user is sent to B by nginx and asked to sign in again");
                check(signsIn(viewerOnA, "viewer") && route(viewerOnA).equals("b"), "signed in again, on B");
                check(shows(viewerOnA, created), "no saved data lost: " + created + " is still there");
            }
        } catch (RuntimeException failed) {
            System.out.println("FAILED: " + failed.getMessage());
            System.exit(1);
        }
        System.out.println();
        System.out.println("Two instances behind nginx, " + PROVED.size() + " proofs:");
        PROVED.forEach(line -> System.out.println("  ok  " + line));
        System.exit(0);
    }

    private static Page signedIn(Browser browser, String route, String user) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1280, 900));
        context.addCookies(List.of(new Cookie("portal_route", route).setUrl(URL)));
        Page page = context.newPage();
        new LoginPage(page, URL).open().signInSuccessfully(user, user);
        return page;
    }

    /** Signs in from the login page; when that fails, says where the browser ended and what it shows. */
    private static boolean signsIn(Page page, String user) {
        new LoginPage(page, URL).open().signInAs(user, user);
        try {
            page.locator("#user-menu").waitFor(new Locator.WaitForOptions().setTimeout(WAIT_MILLIS));
            return true;
        } catch (RuntimeException notSignedIn) {
            System.out.println("  sign-in of " + user + " ended at " + page.url() + ": "
                    + page.locator("body").innerText().replaceAll("\\s+", " "));
            return false;
        }
    }

    private static String route(Page page) {
        return page.context().cookies(URL).stream().filter(c -> c.name.equals("portal_route")).map(c -> c.value)
                .findFirst().orElse("");
    }

    /** Creates an assessment for the first entity and template that have no open one yet; returns its id. */
    private static String createOn(Page page) {
        for (int entity = 0; entity < 5; entity++) {
            for (int template = 0; template < 3; template++) {
                NewAssessmentPage form = NewAssessmentPage.open(page, URL);
                page.locator("#entity-picker input").click();
                Locator offered = page.locator("vaadin-combo-box-item:visible");
                offered.nth(entity).waitFor();
                offered.nth(entity).click();
                page.locator("#template-picker vaadin-radio-button").nth(template).click();
                form.create();
                if (form.resultLink().count() > 0) {
                    return form.resultLink().innerText().replace("Open assessment ", "").strip();
                }
            }
        }
        throw new IllegalStateException("No entity and template without an open assessment among the first ones");
    }

    private static boolean shows(Page page, String assessmentId) {
        RegisterPage register = RegisterPage.open(page, URL).search(assessmentId);
        try {
            register.cell(assessmentId).first().waitFor(new Locator.WaitForOptions().setTimeout(3_000));
            return true;
        } catch (RuntimeException notShown) {
            return false;
        }
    }

    private static void setAssessorEnabled(Page admin, boolean enabled) {
        admin.navigate(URL + "/admin/users");
        admin.locator("#users-search input").fill("assessor");
        admin.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("assessor")).first()
                .click();
        admin.locator(enabled ? "#enable-user" : "#disable-user").click();
        admin.locator(enabled ? "#disable-user" : "#enable-user").waitFor();
        admin.locator("#close-user-dialog").click();
    }

    private static boolean onLoginPage(Page page) {
        try {
            page.waitForURL("**/login**");
            page.locator("input[name=username]").waitFor();
            return true;
        } catch (RuntimeException notThere) {
            return false;
        }
    }

    private static long number(String total) {
        return Long.parseLong(total.replaceAll("[^0-9]", ""));
    }

    private static boolean waitFor(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        do {
            if (condition.getAsBoolean()) {
                return true;
            }
            sleep();
        } while (System.currentTimeMillis() < deadline);
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException(what);
        }
        PROVED.add(what);
        System.out.println("  ok  " + what);
    }
}
