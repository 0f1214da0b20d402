package com.complianceportal.user.service;

import com.complianceportal.user.service.UserRefusedException.Field;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What a new user's name, display name and e-mail address must look like; the form shows the same messages. */
public final class UserRules {

    public static final int MAX_USERNAME = 64;
    public static final int MAX_DISPLAY_NAME = 128;
    public static final int MAX_EMAIL = 254;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private UserRules() {
    }

    /** The user name as stored (trimmed, lower case), or refused. */
    public static String username(String value) {
        String name = value.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new UserRefusedException(Field.USERNAME, "Use 2 to " + MAX_USERNAME + " letters (a-z), digits,"
                    + " dots, hyphens, underscores or @, starting with a letter or digit.");
        }
        return name;
    }

    public static String displayName(String value) {
        String name = value.strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
            throw new UserRefusedException(Field.DISPLAY_NAME, "Enter a name of 1 to " + MAX_DISPLAY_NAME
                    + " characters.");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new UserRefusedException(Field.DISPLAY_NAME, "The name must not contain control characters.");
        }
        return name;
    }

    /** The address as stored, null when none was given, or refused. */
    public static @Nullable String email(@Nullable String value) {
        String email = value == null ? "" : value.strip();
        if (email.isEmpty()) {
            return null;
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new UserRefusedException(Field.EMAIL, "Enter an e-mail address such as name@example.com, or none.");
        }
        return email;
    }
}
