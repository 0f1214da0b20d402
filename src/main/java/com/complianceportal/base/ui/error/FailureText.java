package com.complianceportal.base.ui.error;

import com.complianceportal.base.failure.SourceFailure;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Every vendor failure in plain words, in one place; screens add "Try again" where trying again can help. */
public final class FailureText {

    private FailureText() {
    }

    public static String of(SourceFailure failure) {
        String vendor = failure.vendor();
        return switch (failure) {
            case SourceFailure.NoKey k -> "You have no " + vendor + " API key yet. Ask an administrator for a " + vendor
                    + " API key.";
            case SourceFailure.KeyUnreadable k -> "Your " + vendor + " API key cannot be read any more. Ask an"
                    + " administrator to set it again.";
            case SourceFailure.KeyRejected k -> "Your " + vendor + " API key was rejected: wrong key, region or IP"
                    + " allow list. Ask an administrator to check it.";
            case SourceFailure.Refused r -> vendor + " refused the request" + said(r.vendorMessage());
            case SourceFailure.Busy b -> vendor + " is busy. Try again " + after(b.retryAfter()) + ".";
            case SourceFailure.Unavailable u -> vendor + " is not available right now. Try again in a few minutes.";
            case SourceFailure.TimedOut t -> vendor + " did not answer in time. Try again in a moment.";
        };
    }

    /** Whether trying the same again later can succeed (not without a key, or with a rejected one). */
    public static boolean worthRetrying(SourceFailure failure) {
        return !(failure instanceof SourceFailure.NoKey || failure instanceof SourceFailure.KeyUnreadable
                || failure instanceof SourceFailure.KeyRejected);
    }

    /** The vendor failure behind {@code error}, if one is. */
    public static Optional<SourceFailure> in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SourceFailure failure) {
                return Optional.of(failure);
            }
        }
        return Optional.empty();
    }

    /** The vendor's own words, quoted as a sentence: ": Unknown template." or "." when it gave none. */
    private static String said(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return ".";
        }
        String words = message.strip();
        return ": " + words + (words.matches(".*[.!?]$") ? "" : ".");
    }

    private static String after(@Nullable Duration wait) {
        if (wait == null || wait.isZero() || wait.isNegative()) {
            return "in a moment";
        }
        long seconds = Math.max(1, wait.toSeconds());
        return seconds < 120 ? "in " + seconds + (seconds == 1 ? " second" : " seconds")
                : "in " + Duration.ofSeconds(seconds).toMinutes() + " minutes";
    }
}
