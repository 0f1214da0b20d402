package com.complianceportal.shared;

/**
 * Untrusted text for a cell of a file that people open in a spreadsheet: a leading quote makes a would-be formula
 * (OWASP's "CSV injection") plain text. Every CSV export of the portal writes text cells through it.
 */
public final class SpreadsheetText {

    /** OWASP's list of first characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    public static String guarded(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
