package com.complianceportal.base.ui.error;

import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.i18n.Texts;
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
            case SourceFailure.NoKey k -> Texts.t("failure.noKey", vendor);
            case SourceFailure.KeyUnreadable k -> Texts.t("failure.keyUnreadable", vendor);
            case SourceFailure.KeyRejected k -> Texts.t("failure.keyRejected", vendor);
            case SourceFailure.Refused r -> Texts.t("failure.refused", vendor) + said(r.vendorMessage());
            case SourceFailure.Busy b -> Texts.t("failure.busy", vendor, after(b.retryAfter()));
            case SourceFailure.Unavailable u -> Texts.t("failure.unavailable", vendor);
            case SourceFailure.TimedOut t -> Texts.t("failure.timedOut", vendor);
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
            return Texts.t("failure.inAMoment");
        }
        long seconds = Math.max(1, wait.toSeconds());
        return seconds < 120 ? Texts.t("failure.inSeconds", seconds)
                : Texts.t("failure.inMinutes", Duration.ofSeconds(seconds).toMinutes());
    }
}
