package com.complianceportal.user.service;

import java.util.Locale;
import java.util.Optional;

/**
 * The rules every new password meets, whoever sets it (the user, an administrator, the first administrator's
 * configuration); the views and the services check the same rules. Lengths count characters (code points), so an
 * emoji is one character.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** Said next to every new-password field. */
    public static final String HINT = MIN_LENGTH + " to " + MAX_LENGTH
            + " characters, not your user name and not a commonly used password";

    private PasswordPolicy() {
    }

    /** Returns what is wrong with the password, or empty when it is acceptable. */
    public static Optional<String> problem(String username, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("Use " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
        }
        if (password.codePoints().allMatch(PasswordPolicy::invisible)) {
            return Optional.of("The password must not consist of spaces only.");
        }
        if (password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not be the user name.");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("This password is on a list of commonly used and leaked passwords. Choose another.");
        }
        return Optional.empty();
    }

    /** Spaces of any kind (including no-break and ideographic ones) and invisible formatting characters. */
    private static boolean invisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }
}
