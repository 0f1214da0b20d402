package com.complianceportal.audit.service;

import org.jspecify.annotations.Nullable;

/** Fits text into a column; what is cut off is never cut silently: the text then ends with how long it was. */
final class Cut {

    private Cut() {
    }

    static String to(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        String note = "… [cut: " + value.length() + " characters in all]";
        int keep = max - note.length();
        // Never split a surrogate pair (an emoji) in two.
        if (keep > 0 && Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--;
        }
        return value.substring(0, Math.max(keep, 0)) + note;
    }

    static @Nullable String orNull(@Nullable String value, int max) {
        return value == null ? null : to(value, max);
    }
}
