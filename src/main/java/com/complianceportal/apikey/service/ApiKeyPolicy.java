package com.complianceportal.apikey.service;

import com.complianceportal.shared.Secret;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The rules for a key and its label; the screen and the service check the same rules. */
public final class ApiKeyPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 512;
    public static final int MAX_LABEL = 80;

    private ApiKeyPolicy() {
    }

    /** What is wrong with the key, or empty when it is acceptable. Never repeats the key. */
    public static Optional<String> keyProblem(String key) {
        if (key.isEmpty()) {
            return Optional.of("Enter the key.");
        }
        if (key.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("The key contains a space or line break (often copied along at its end); remove it.");
        }
        if (key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return Optional.of("Use printable ASCII characters only: letters, digits and symbols such as - _ . =");
        }
        if (key.length() < MIN_LENGTH || key.length() > MAX_LENGTH) {
            return Optional.of("A key has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters; this one has "
                    + key.length() + ".");
        }
        return Optional.empty();
    }

    /** What is wrong with the label, or empty when it is acceptable (a label is optional). */
    public static Optional<String> labelProblem(@Nullable String label) {
        if (label == null) {
            return Optional.empty();
        }
        if (label.strip().length() > MAX_LABEL) {
            return Optional.of("Use at most " + MAX_LABEL + " characters.");
        }
        if (label.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("Use letters, digits, spaces and punctuation only.");
        }
        return Optional.empty();
    }

    /** The label as stored: trimmed, and none when blank. */
    static @Nullable String cleanLabel(@Nullable String label) {
        return label == null || label.isBlank() ? null : label.strip();
    }

    /** The last four characters: all that is ever shown of a key once it is stored. */
    static String lastFour(Secret key) {
        String value = key.reveal();
        return value.substring(value.length() - 4);
    }
}
