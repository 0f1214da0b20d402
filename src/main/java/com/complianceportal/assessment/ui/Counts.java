package com.complianceportal.assessment.ui;

import com.complianceportal.i18n.Texts;

/** A number with its noun in the right number, in the reader's language: "1 finding", "3 findings". */
final class Counts {

    private Counts() {
    }

    static String contacts(long count) {
        return Texts.t("count.contacts", count);
    }

    static String findings(long count) {
        return Texts.t("count.findings", count);
    }

    static String areasToImprove(long count) {
        return Texts.t("count.areasToImprove", count);
    }
}
