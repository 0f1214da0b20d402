package com.complianceportal.audit.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The last line of defence against a secret in the audit log: callers never pass one, but text that looks like one is
 * masked before it is stored. Masked are the value after a word such as password, secret, token, API key, recovery
 * code or TOTP ("password=hunter2", "api key: abc"), a bearer token, and any run of 32 or more letters and digits
 * (mixed) without spaces, the shape of generated keys. Ids such as UUIDs and assessment ids are not touched.
 */
final class SecretMask {

    static final String MASK = "[masked]";

    private static final Pattern LABELLED = Pattern.compile(
            "(?i)\\b(password|passwd|pwd|passphrase|secret|token|api[ _-]?key|recovery[ _-]?codes?|totp|otp"
                    + "|master[ _-]?key|authorization)(\\s*[=:]\\s*(?:bearer\\s+)?)(?!\\[masked])([^\\s,;]+)"
                    + "|(?i)\\b(bearer)(\\s+)(?!\\[masked])([^\\s,;]+)");
    private static final Pattern KEY_LIKE = Pattern.compile(
            "(?<![A-Za-z0-9+/=_])(?=[A-Za-z0-9+/=_]*[0-9])(?=[A-Za-z0-9+/=_]*[A-Za-z])[A-Za-z0-9+/=_]{32,}");

    private SecretMask() {
    }

    static String apply(String text) {
        Matcher labelled = LABELLED.matcher(text);
        String masked = labelled.replaceAll(match -> Matcher.quoteReplacement(match.group(1) != null
                ? match.group(1) + match.group(2) + MASK : match.group(4) + match.group(5) + MASK));
        return KEY_LIKE.matcher(masked).replaceAll(MASK);
    }

    static @Nullable String applyOrNull(@Nullable String text) {
        return text == null ? null : apply(text);
    }
}
