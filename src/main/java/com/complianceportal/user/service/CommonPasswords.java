package com.complianceportal.user.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The shipped list of common and breached passwords ({@code security/common-passwords.txt}, source and licence in its
 * header), read once. Compared without regard to case or surrounding spaces.
 */
final class CommonPasswords {

    private static final String RESOURCE = "/security/common-passwords.txt";
    private static final Set<String> LIST = load();

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        return LIST.contains(normalised(password));
    }

    static int size() {
        return LIST.size();
    }

    private static String normalised(String password) {
        return password.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + RESOURCE);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> passwords = new HashSet<>(40_000);
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> passwords.add(normalised(line)));
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
