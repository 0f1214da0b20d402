package com.complianceportal.base.observability;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The correlation id of the request being served: taken from a sane {@code X-Request-Id} (as a proxy sends it) or made
 * here, kept in the logging context under {@code requestId} and sent back in the same header.
 */
public final class RequestIds {

    /** The request and response header. */
    public static final String HEADER = "X-Request-Id";
    /** The key in the logging context (MDC), and so in every log line and JSON log entry of the request. */
    public static final String MDC_KEY = "requestId";
    /** An id sent by a client is taken only when it is short and plain, so it can never forge a log line. */
    static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    /** The id of the request this thread serves, or null outside a request (a background task). */
    public static @Nullable String current() {
        return MDC.get(MDC_KEY);
    }

    /** Whether {@code id} may be used as a correlation id as it is. */
    public static boolean acceptable(@Nullable String id) {
        return id != null && ACCEPTED.matcher(id).matches();
    }

    /** A new id of 8 characters that are easy to read out (no 0/O, 1/I). */
    public static String newId() {
        var sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
