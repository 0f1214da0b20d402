package com.complianceportal.assessment.ui;

/** A number with its noun in the right number: "1 finding", "3 findings", "0 areas to improve". */
final class Counts {

    private Counts() {
    }

    static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
