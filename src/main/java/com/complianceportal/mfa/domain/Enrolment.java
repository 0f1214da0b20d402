package com.complianceportal.mfa.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user's TOTP enrolment as stored: the sealed secret (never the secret itself), whether the user has confirmed it
 * with a code, the last time step accepted (no code is accepted twice) and the throttle of wrong codes.
 */
public record Enrolment(long userId, int keyVersion, byte[] ciphertext, Instant createdAt,
        @Nullable Instant confirmedAt, @Nullable Long lastUsedStep, int failedCodes, @Nullable Instant blockedUntil) {

    public Enrolment {
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public boolean isBlockedAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Enrolment e && e.userId == userId && e.keyVersion == keyVersion
                && Arrays.equals(e.ciphertext, ciphertext) && e.createdAt.equals(createdAt)
                && Objects.equals(e.confirmedAt, confirmedAt)
                && Objects.equals(e.lastUsedStep, lastUsedStep) && e.failedCodes == failedCodes
                && Objects.equals(e.blockedUntil, blockedUntil);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "Enrolment[userId=" + userId + ", confirmed=" + confirmed() + ", failedCodes=" + failedCodes + "]";
    }
}
