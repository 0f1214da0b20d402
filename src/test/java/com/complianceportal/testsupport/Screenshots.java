package com.complianceportal.testsupport;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/**
 * Full-page screenshots of what a test reached, for people to look at, as
 * {@code target/screenshots/<folder>/<name>-<width>.png}. They assert nothing: a test checks the layout it cares about.
 */
public final class Screenshots {

    /** A desktop window. */
    public static final int DESKTOP = 1280;
    /** A phone held upright. */
    public static final int PHONE = 390;

    private final Path folder;

    public Screenshots(String folder) {
        this.folder = Path.of("target", "screenshots", folder);
    }

    /** Makes the window {@code width} pixels wide (800 high on a desktop, 844 on a phone). */
    public static void resize(Page page, int width) {
        page.setViewportSize(width, width <= PHONE ? 844 : 800);
    }

    /** Saves the whole page at the window's current width; returns the file. */
    public Path take(Page page, String name) {
        Path file = folder.resolve(name + "-" + page.viewportSize().width + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
