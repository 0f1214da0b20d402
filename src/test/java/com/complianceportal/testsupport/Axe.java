package com.complianceportal.testsupport;

import com.microsoft.playwright.Page;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * axe-core, Deque's accessibility rules engine, from the npm registry: installed by the test itself into
 * {@code target/axe-core} (once per clone), injected into a page and run there. Without npm there is nothing to run and
 * {@link #script()} is empty, so that the caller can skip with a clear message.
 */
public final class Axe {

    /** The axe-core release the checks run with. */
    public static final String VERSION = "4.14.1";
    private static final Path HOME = Path.of("target/axe-core");
    private static final Path SCRIPT = HOME.resolve("node_modules/axe-core/axe.min.js");
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(5);

    private Axe() {
    }

    /** axe.min.js, installed from the npm registry if it is not there yet; empty when there is no npm. */
    public static synchronized Optional<Path> script() {
        if (Files.isRegularFile(SCRIPT)) {
            return Optional.of(SCRIPT);
        }
        Optional<Path> npm = npm();
        if (npm.isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(HOME);
            Process install = new ProcessBuilder(npm.get().toString(), "install", "--no-audit", "--no-fund",
                    "--no-save", "--prefix", HOME.toString(), "axe-core@" + VERSION).redirectErrorStream(true)
                    .redirectOutput(HOME.resolve("npm-install.log").toFile()).start();
            if (!install.waitFor(INSTALL_LIMIT.toSeconds(), TimeUnit.SECONDS) || install.exitValue() != 0) {
                install.destroyForcibly();
                throw new IllegalStateException("npm install axe-core@" + VERSION + " failed; see "
                        + HOME.resolve("npm-install.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Optional.of(SCRIPT);
    }

    /**
     * Runs axe on {@code page} as it is now and returns the violations of impact serious or critical, one readable
     * line per element: rule, impact, what is wrong and where.
     */
    public static List<String> seriousViolations(Page page, Path script) {
        if (Boolean.FALSE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(script));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                          nodes: v.nodes.map(n => n.target.join(' ') + ' :: '
                              + (n.failureSummary || '').replace(/\\s+/g, ' ')) }));
                }""");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            @SuppressWarnings("unchecked")
            List<String> nodes = (List<String>) violation.get("nodes");
            for (String node : nodes) {
                lines.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help")
                        + "\n      at " + node);
            }
        }
        return lines;
    }

    private static Optional<Path> npm() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "npm")).filter(Files::isExecutable)
                .findFirst();
    }
}
