package com.complianceportal.assessment.upstream;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stoplight Prism mocking Rise from the vendor's OpenAPI document: installed by {@code scripts/prism.sh}, started in
 * dynamic mode (answers are random data valid against the document's schemas) with {@code --errors} (a request that
 * breaks the document is answered with an error instead of data) on a free port of 127.0.0.1. Everything Prism says is
 * kept in a file, so that a test can read what its validator said about each request.
 */
final class PrismMock implements AutoCloseable {

    static final Duration INSTALL_LIMIT = Duration.ofMinutes(10);
    static final Duration START_LIMIT = Duration.ofSeconds(90);
    /**
     * What Prism 5 writes about a request that breaks the document: "Request did not pass the validation rules"
     * (warning), then each "Violation: request.body.x ..." (error); a request it cannot serve at all is an error of
     * its HTTP server ("Request terminated with error"). Only these levels carry the ✖ and ⚠ marks.
     */
    static final Pattern PROBLEM = Pattern.compile("[✖⚠]\\s+(error|warning|fatal)\\b|Violation:|did not pass");
    static final String RECEIVED = "Request received";

    private final Process process;
    private final Path log;
    private final int port;

    private PrismMock(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** npm as scripts/prism.sh finds it: on the PATH, else the one scripts/node24.sh installs into .node/. */
    static Optional<Path> npm(Path project) {
        return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)),
                Stream.of(project.resolve(".node/bin").toString())).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "npm")).filter(Files::isExecutable).findFirst();
    }

    /** Installs Prism if needed and starts it on {@code document}; returns once it listens. */
    static PrismMock start(Path project, Path document) {
        Path prism = install(project);
        int port = freePort();
        Path log = project.resolve("target/prism/prism-" + port + ".log");
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder builder = new ProcessBuilder(prism.toString(), "mock", "--dynamic", "--errors", "--host",
                "127.0.0.1", "--port", String.valueOf(port), document.toString()).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        withNode(builder, project);
        try {
            var mock = new PrismMock(builder.start(), log, port);
            mock.awaitListening();
            return mock;
        } catch (IOException e) {
            throw new UncheckedIOException("Prism did not start: " + prism, e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Everything Prism has written so far. */
    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> lines() {
        return log().lines().toList();
    }

    /** Prism's lines from line {@code from} on that report a request breaking the document, or one it failed on. */
    List<String> problemsSince(int from) {
        List<String> lines = lines();
        return lines.subList(Math.min(from, lines.size()), lines.size()).stream()
                .filter(line -> PROBLEM.matcher(line).find()).toList();
    }

    long requestsSince(int from) {
        List<String> lines = lines();
        return lines.subList(Math.min(from, lines.size()), lines.size()).stream()
                .filter(line -> line.contains(RECEIVED)).count();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Runs scripts/prism.sh, which prints the path of the prism command as its last line. */
    private static Path install(Path project) {
        ProcessBuilder builder = new ProcessBuilder("bash", "scripts/prism.sh").directory(project.toFile())
                .redirectErrorStream(true);
        withNode(builder, project);
        try {
            Process script = builder.start();
            script.getOutputStream().close();
            var output = new StringBuilder();
            Thread reader = Thread.ofVirtual().start(() -> {
                try {
                    output.append(new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    output.append(e);
                }
            });
            if (!script.waitFor(INSTALL_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                script.destroyForcibly();
                throw new IllegalStateException("scripts/prism.sh took longer than " + INSTALL_LIMIT);
            }
            reader.join();
            List<String> lines = output.toString().strip().lines().toList();
            if (script.exitValue() != 0 || lines.isEmpty() || !Files.isExecutable(Path.of(lines.getLast()))) {
                throw new IllegalStateException("scripts/prism.sh failed (exit " + script.exitValue() + "):\n"
                        + output);
            }
            return Path.of(lines.getLast());
        } catch (IOException e) {
            throw new UncheckedIOException("scripts/prism.sh could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing Prism", e);
        }
    }

    /** Prism's command starts with "#!/usr/bin/env node": the node of .node/ is found too, after the PATH's own. */
    private static void withNode(ProcessBuilder builder, Path project) {
        String path = builder.environment().getOrDefault("PATH", "");
        builder.environment().put("PATH", path + File.pathSeparator + project.resolve(".node/bin"));
        builder.environment().put("NO_COLOR", "1");
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prism stopped (exit " + process.exitValue() + "):\n" + log());
            }
            if (log().contains("Prism is listening") && accepts()) {
                return;
            }
            pause();
        }
        close();
        throw new IllegalStateException("Prism did not listen within " + START_LIMIT + ":\n" + log());
    }

    private boolean accepts() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Prism", e);
        }
    }
}
