package com.complianceportal.shared.db;

/**
 * Text that a user typed, made fit to be bound as a parameter on every database. PostgreSQL refuses text that holds
 * U+0000 (H2 takes it), and the portal never stores it (names with control characters are refused), so a search for it
 * matches nothing. It is bound as U+FFFF instead: a Unicode noncharacter, which no stored text holds either, so the
 * search still matches nothing, on both databases, instead of failing on one.
 */
public final class SqlText {

    private SqlText() {
    }

    /** {@code value} with every U+0000 replaced by U+FFFF. */
    public static String bindable(String value) {
        return value.indexOf('\u0000') < 0 ? value : value.replace('\u0000', '\uffff');
    }
}
