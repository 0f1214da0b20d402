package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import java.time.Instant;
import java.time.ZoneOffset;

/** How screens word a key's status: masked, labelled, who set it and when it was last used. */
final class KeyTexts {

    private KeyTexts() {
    }

    /** The masked key in words, for screen readers, which would otherwise read out the dots. */
    static String endingIn(KeyStatus status) {
        return Texts.t("apikey.keyTexts.keyEndingIn", status.lastFour());
    }

    static String lastUsed(KeyStatus status, UserTime time) {
        return status.lastUsedAt() == null ? Texts.t("apikey.keyTexts.notUsedYet")
                : Texts.t("apikey.keyTexts.lastUsed", moment(status.lastUsedAt(), time));
    }

    static String setBy(KeyStatus status, UserTime time) {
        return (status.replacedAt() == null ? Texts.t("apikey.keyTexts.setBy")
                : Texts.t("apikey.keyTexts.replacedBy")) + status.setBy() + ", "
                + moment(status.setAt(), time);
    }

    /** The key's label and when it was last used, on one line. */
    static String summary(KeyStatus status, UserTime time) {
        String used = lastUsed(status, time);
        return status.label() == null ? used : status.label() + " · " + used;
    }

    static String moment(Instant instant, UserTime time) {
        return time.dateTime(instant.atOffset(ZoneOffset.UTC));
    }
}
