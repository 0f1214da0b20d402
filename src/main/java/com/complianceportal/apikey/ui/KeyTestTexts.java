package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.KeyCheckResult;
import com.complianceportal.i18n.Texts;
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
            case REJECTED -> Texts.t("apikey.keyTestTexts.rejected");
            case REFUSED -> Texts.t("apikey.keyTestTexts.unexpectedAnswer");
            case BUSY -> Texts.t("apikey.keyTestTexts.busy");
            case UNREACHABLE -> Texts.t("apikey.keyTestTexts.unreachable");
            case TIMED_OUT -> Texts.t("apikey.keyTestTexts.timedOut");
            case NO_KEY -> Texts.t("apikey.keyTestTexts.noKey");
            case UNREADABLE -> Texts.t("apikey.keyTestTexts.unreadable");
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
            case ACCEPTED -> Texts.t("apikey.keyTestTexts.acceptedTheKey", vendor);
            case REJECTED -> Texts.t("apikey.keyTestTexts.rejectedTheKeyA", vendor);
            case REFUSED -> Texts.t("apikey.keyTestTexts.didNotRejectThe", vendor, String.valueOf(result.status()));
            case BUSY -> Texts.t("apikey.keyTestTexts.isBusySoThe", vendor, after(result.retryAfter()));
            case UNREACHABLE -> Texts.t("apikey.keyTestTexts.couldNotBeReached", vendor);
            case TIMED_OUT -> Texts.t("apikey.keyTestTexts.didNotAnswerIn", vendor);
            case NO_KEY -> Texts.t("apikey.keyTestTexts.thereIsNoKey");
            case UNREADABLE -> Texts.t("apikey.keyTestTexts.theStoredKeyCannot");
        };
        return result.roundTrip() == null ? sentence : sentence + " " + Texts.t("apikey.keyTestTexts.roundTrip",
                time(result.roundTrip()));
    }

    static String time(Duration roundTrip) {
        long millis = roundTrip.toMillis();
        // A no-break space keeps the number with its unit.
        return millis < 10_000 ? millis + "\u00a0ms" : String.format(Locale.ROOT, "%.1f\u00a0s", millis / 1000.0);
    }

    private static String after(@Nullable Duration wait) {
        if (wait == null || wait.isZero() || wait.isNegative()) {
            return Texts.t("failure.inAMoment");
        }
        long seconds = Math.max(1, wait.toSeconds());
        return Texts.t("failure.inSeconds", seconds);
    }
}
