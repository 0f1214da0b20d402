package com.complianceportal.user.service;

import java.time.Duration;

/** An attempt refused before any password check: how long to wait, and which limit it hit (for the audit log). */
public record SignInRefusal(Duration delay, String limit) {

    /** Whole seconds to wait, at least one: what the user is told. */
    public long seconds() {
        return Math.max(1, (delay.toMillis() + 999) / 1000);
    }
}
