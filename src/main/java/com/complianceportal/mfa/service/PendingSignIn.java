package com.complianceportal.mfa.service;

import java.time.Instant;
import org.springframework.security.core.Authentication;

/**
 * A sign-in whose password was right and whose second step is still due. It lives in the HTTP session only, in
 * place of a security context: with it, nobody is signed in, so every view and service except the code page refuses.
 * Only {@link SecondStep} makes one, and only it turns one into a signed-in session.
 */
public final class PendingSignIn {

    /** HTTP session attribute that holds it. */
    public static final String SESSION_ATTRIBUTE = "portal.sign-in.pending-second-step";

    private final Authentication passwordStep;
    private final long userId;
    private final Instant startedAt;
    private final boolean enrolmentDue;

    PendingSignIn(Authentication passwordStep, long userId, Instant startedAt, boolean enrolmentDue) {
        this.passwordStep = passwordStep;
        this.userId = userId;
        this.startedAt = startedAt;
        this.enrolmentDue = enrolmentDue;
    }

    public String username() {
        return passwordStep.getName();
    }

    /** True when the user has no two-step sign-in yet but must set it up now (an administrator in production). */
    public boolean enrolmentDue() {
        return enrolmentDue;
    }

    Authentication passwordStep() {
        return passwordStep;
    }

    long userId() {
        return userId;
    }

    Instant startedAt() {
        return startedAt;
    }

    @Override
    public String toString() {
        return "PendingSignIn[" + username() + (enrolmentDue ? ", enrolment due" : "") + "]";
    }
}
