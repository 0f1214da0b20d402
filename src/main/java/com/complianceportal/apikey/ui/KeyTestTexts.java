package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.KeyCheckResult;
import com.vaadin.flow.component.badge.BadgeVariant;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A key test's verdict in words: a short badge, a sentence that says what it means, and the round-trip time. */
final class KeyTestTexts {

    private KeyTestTexts() {
    }

    static String badge(KeyCheckResult result) {
        return switch (result.verdict()) {
            case ACCEPTED -> "OK";
            case REJECTED -> "Rejected";
            case REFUSED -> "Unexpected answer";
            case BUSY -> "Busy";
            case UNREACHABLE -> "Unreachable";
            case TIMED_OUT -> "Timed out";
            case NO_KEY -> "No key";
            case UNREADABLE -> "Unreadable";
        };
    }

    static BadgeVariant variant(KeyCheckResult result) {
        return switch (result.verdict()) {
            case ACCEPTED -> BadgeVariant.SUCCESS;
            case REJECTED, UNREADABLE -> BadgeVariant.ERROR;
            case REFUSED, BUSY, UNREACHABLE, TIMED_OUT -> BadgeVariant.WARNING;
            case NO_KEY -> BadgeVariant.CONTRAST;
        };
    }

    static String sentence(KeyCheckResult result, Upstream upstream) {
        String vendor = upstream.label();
        String sentence = switch (result.verdict()) {
            case ACCEPTED -> vendor + " accepted the key.";
            case REJECTED -> vendor + " rejected the key: a wrong or withdrawn key, the wrong region in the portal's "
                    + vendor + " address, or an IP allow list that leaves out the portal.";
            case REFUSED -> vendor + " did not reject the key but refused the test request (HTTP " + result.status()
                    + "): check the portal's " + vendor + " address.";
            case BUSY -> vendor + " is busy, so the key was not checked. Try again "
                    + after(result.retryAfter()) + ".";
            case UNREACHABLE -> vendor + " could not be reached or is failing, so the key was not checked. Try"
                    + " again later.";
            case TIMED_OUT -> vendor + " did not answer in time, so the key was not checked. Try again later.";
            case NO_KEY -> "There is no key to test: it was revoked meanwhile.";
            case UNREADABLE -> "The stored key cannot be decrypted any more. Set it again.";
        };
        return result.roundTrip() == null ? sentence : sentence + " Round trip " + time(result.roundTrip()) + ".";
    }

    static String time(Duration roundTrip) {
        long millis = roundTrip.toMillis();
        // A no-break space keeps the number with its unit.
        return millis < 10_000 ? millis + "\u00a0ms" : String.format(Locale.ROOT, "%.1f\u00a0s", millis / 1000.0);
    }

    private static String after(@Nullable Duration wait) {
        if (wait == null || wait.isZero() || wait.isNegative()) {
            return "in a moment";
        }
        long seconds = Math.max(1, wait.toSeconds());
        return "in " + seconds + (seconds == 1 ? " second" : " seconds");
    }
}
