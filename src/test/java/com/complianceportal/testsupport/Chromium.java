package com.complianceportal.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Debian's Chromium driven by Playwright; the test tools' own browser downloads do not work here. */
public final class Chromium {

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Chromium() {
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable())
                .setHeadless(true)
                .setArgs(ARGS));
    }

    private static Path executable() {
        String configured = System.getenv("CHROMIUM_PATH");
        Stream<String> candidates = Stream.of(configured, "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome");
        return candidates.filter(c -> c != null && Files.isExecutable(Path.of(c))).findFirst().map(Path::of)
                .orElseThrow(() -> new IllegalStateException(
                        "No Chromium found: install Debian's 'chromium' package or set CHROMIUM_PATH"));
    }
}
