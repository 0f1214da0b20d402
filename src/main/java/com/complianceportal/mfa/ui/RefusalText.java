package com.complianceportal.mfa.ui;

import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.complianceportal.mfa.service.CodeRefusedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** A refused code in words, in one place for the code page and the account page. */
final class RefusalText {


    private RefusalText() {
    }

    static String of(CodeRefusedException refused, Clock clock) {
        return switch (refused.reason()) {
            case WRONG -> Texts.t("mfa.refusalText.wrong");
            case BLOCKED -> blocked(refused.retryAfter(), clock);
            case EXPIRED -> Texts.t("mfa.refusalText.expired");
            case NOT_ENROLLED -> Texts.t("mfa.refusalText.gone");
        };
    }

    private static String blocked(@Nullable Instant until, Clock clock) {
        if (until == null) {
            return Texts.t("mfa.refusalText.tooManyWrongCodes");
        }
        long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds() + 1);
        String wait = seconds < 120 ? Texts.t("mfa.refusalText.seconds", seconds)
                : Texts.t("mfa.refusalText.minutes", (seconds + 59) / 60);
        return Texts.t("mfa.refusalText.tooManyWrongCodes2", wait,
                UserTime.current().dateTime(until.atOffset(ZoneOffset.UTC)));
    }
}
