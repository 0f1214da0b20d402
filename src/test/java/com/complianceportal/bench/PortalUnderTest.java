package com.complianceportal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged portal started as a process of its own in the demo profile (demo users, sign-in limits raised for one
 * client address that signs in a thousand users: never the defaults), with a GC log, until it is stopped.
 */
public final class PortalUnderTest implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path gcLog;
    private final CpuSampler cpu;

    private PortalUnderTest(Process process, int port, Path gcLog) {
        this.process = process;
        this.port = port;
        this.gcLog = gcLog;
        this.cpu = new CpuSampler(process.pid());
    }

    /** Starts the jar on a free port with {@code dataDir} and waits until the demo register is there. */
    public static PortalUnderTest start(Path project, Path dataDir, int assessments, List<String> jvmArgs, Path logs)
            throws IOException, InterruptedException {
        Files.createDirectories(logs);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path gcLog = logs.resolve("gc.log");
        Path log = logs.resolve("portal.log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmArgs);
        command.add("-Xlog:gc:file=" + gcLog);
        command.addAll(List.of("-jar", "target/compliance-portal.jar", "--spring.profiles.active=demo",
                "--server.port=" + port, "--portal.data-dir=" + dataDir.toAbsolutePath(),
                "--portal.demo.assessments=" + assessments,
                "--portal.security.attempts-per-address-per-minute=1000000",
                "--portal.security.attempts-per-minute=1000000"));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        var portal = new PortalUnderTest(process, port, gcLog);
        portal.awaitReady(log);
        return portal;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public CpuSampler cpu() {
        return cpu;
    }

    public GcLog gc() {
        return GcLog.read(gcLog);
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The portal stopped while starting; see " + log);
                }
                String text = Files.exists(log) ? Files.readString(log) : "";
                if (text.contains("Demo register loaded") || text.contains("Demo register not loaded")) {
                    try {
                        var answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() == 200) {
                            return;
                        }
                    } catch (IOException notYet) {
                        // not listening yet
                    }
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
        throw new IllegalStateException("The portal did not start in 20 minutes; see " + log);
    }

    @Override
    public void close() {
        cpu.stop();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies a folder (a prepared data dir) to a new place. */
    public static void copy(Path from, Path to) {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
