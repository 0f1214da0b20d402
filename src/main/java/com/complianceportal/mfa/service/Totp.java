package com.complianceportal.mfa.service;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * RFC 6238 codes as every authenticator app makes them by default: HMAC-SHA1, six digits, 30-second steps. A code is
 * accepted for the current step and one step either side (clocks drift), and only for a step later than the last
 * one accepted, so a code seen over someone's shoulder cannot be used again.
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    static final int SECRET_BYTES = 20;
    static final int ALLOWED_DRIFT = 1;

    private Totp() {
    }

    static long step(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), STEP.toSeconds());
    }

    static String code(byte[] secret, long step) {
        try {
            var generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
                    TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, generator.getAlgorithm()),
                    Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA1 refused the TOTP secret", e);
        }
    }

    /** The step whose code {@code typed} is, within the allowed drift and after {@code lastUsed}; else empty. */
    static OptionalLong matchingStep(byte[] secret, String typed, Instant now, @Nullable Long lastUsed) {
        byte[] given = typed.getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        OptionalLong match = OptionalLong.empty();
        for (long step = current - ALLOWED_DRIFT; step <= current + ALLOWED_DRIFT; step++) {
            // Every candidate is computed and compared, so the time taken does not tell which one matched.
            boolean equal = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII), given);
            if (equal && (lastUsed == null || step > lastUsed) && match.isEmpty()) {
                match = OptionalLong.of(step);
            }
        }
        return match;
    }

    /** Whether the text, without spaces, has the shape of a code (six digits). */
    static boolean looksLikeCode(String typed) {
        return typed.length() == DIGITS && typed.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
