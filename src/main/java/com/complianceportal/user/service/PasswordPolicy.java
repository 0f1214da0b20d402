package com.complianceportal.user.service;

import java.util.Locale;
import java.util.Optional;

/** The rules a new password must meet; the view and the service check the same rules. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Returns what is wrong with the password, or empty when it is acceptable. */
    public static Optional<String> problem(String username, String password) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("Use " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
        }
        if (password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not be your user name.");
        }
        return Optional.empty();
    }
}
