package com.complianceportal.user.domain;

/** A state the user administration filters by. A user can be in several (locked and must change password). */
public enum UserState {
    /** Enabled and not locked: can sign in. */
    ACTIVE("Active"),
    DISABLED("Disabled"),
    /** Locked for a while after repeated failed sign-ins. */
    LOCKED("Locked"),
    /** Must choose a new password at their next sign-in. */
    MUST_CHANGE_PASSWORD("Must change password");

    private final String label;

    UserState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
