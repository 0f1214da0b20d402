package com.complianceportal.base.ui.error;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs an unexpected error under a short reference that the user can quote; the user never sees the trace. */
public final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    /** Logs the throwable and returns the reference it was logged under. */
    public static String log(Throwable error) {
        String reference = newReference();
        log.error("Unexpected error, reference {}", reference, error);
        return reference;
    }

    static String newReference() {
        var sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
