package com.complianceportal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A command run to its end in the project folder, its output shown as it comes and kept (without Maven's noise). */
record ChildRun(int exitCode, List<String> lines) {

    static ChildRun of(Path folder, Map<String, String> environment, String... command) {
        System.out.println("$ " + String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        List<String> lines = new ArrayList<>();
        try {
            Process process = builder.start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("WARNING: ")) {
                        continue;
                    }
                    System.out.println("  " + line);
                    lines.add(line);
                }
            }
            return new ChildRun(process.waitFor(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
