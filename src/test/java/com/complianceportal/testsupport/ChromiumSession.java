package com.complianceportal.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the end-to-end tests: one Debian Chromium per test class, a fresh browser context (cookies, session) and
 * page per test, and the address of the portal under test.
 */
public abstract class ChromiumSession {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    private final List<BrowserContext> otherSessions = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void newBrowserSession() {
        context = browser.newContext(contextOptions());
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserSession() {
        otherSessions.forEach(BrowserContext::close);
        otherSessions.clear();
        context.close();
    }

    /** A page in a browser session of its own (cookies, sign-in), for two users at once; closed after the test. */
    protected Page anotherSession() {
        BrowserContext other = browser.newContext(contextOptions());
        otherSessions.add(other);
        return other.newPage();
    }

    /** Options of each test's browser context; override to accept downloads, for example. */
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
