package com.complianceportal.mfa.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A code (or the password that stands in for one) was not accepted. The reason is one of a small closed set, which
 * the UI turns into words; the message never contains what was typed.
 */
public class CodeRefusedException extends RuntimeException {

    /** Why a code was refused. */
    public enum Reason {
        /** Wrong, expired or already used. */
        WRONG,
        /** Too many wrong codes in a row: code entry pauses until {@link #retryAfter()}. */
        BLOCKED,
        /** The sign-in waited too long for its second step: start again with the password. */
        EXPIRED,
        /** There is no enrolment (any more) for this user, or it is in the wrong state for the request. */
        NOT_ENROLLED
    }

    private final Reason reason;
    private final @Nullable Instant retryAfter;

    CodeRefusedException(Reason reason, @Nullable Instant retryAfter) {
        super("Code refused: " + reason);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    public @Nullable Instant retryAfter() {
        return retryAfter;
    }
}
