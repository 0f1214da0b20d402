package com.complianceportal.mfa.ui;

import com.complianceportal.base.ui.UserTime;
import com.complianceportal.mfa.service.CodeRefusedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** A refused code in words, in one place for the code page and the account page. */
final class RefusalText {

    static final String WRONG = "That code is not right, or it has expired or was used already. Enter the code your"
            + " app shows now.";
    static final String EXPIRED = "This sign-in waited too long for its code. Sign in again with your password.";
    static final String GONE = "Two-step sign-in is no longer set up for this account. Sign in again.";

    private RefusalText() {
    }

    static String of(CodeRefusedException refused, Clock clock) {
        return switch (refused.reason()) {
            case WRONG -> WRONG;
            case BLOCKED -> blocked(refused.retryAfter(), clock);
            case EXPIRED -> EXPIRED;
            case NOT_ENROLLED -> GONE;
        };
    }

    private static String blocked(@Nullable Instant until, Clock clock) {
        if (until == null) {
            return "Too many wrong codes. Wait a few minutes, then try again.";
        }
        long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds() + 1);
        String wait = seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
        return "Too many wrong codes: code entry pauses for " + wait + " (until "
                + UserTime.current().dateTime(until.atOffset(ZoneOffset.UTC)) + ").";
    }
}
