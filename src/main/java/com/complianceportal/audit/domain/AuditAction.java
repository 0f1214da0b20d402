package com.complianceportal.audit.domain;

/** What an audit event records. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    SIGN_IN_REFUSED_LOCKED,
    /** A sign-in refused before the password was checked: too many attempts; the detail says which limit and how long. */
    SIGN_IN_THROTTLED,
    /** The portal could not complete a sign-in (for example, the database refused a write). */
    SIGN_IN_UNAVAILABLE,
    ACCOUNT_LOCKED,
    SIGNED_OUT,
    /** A signed-in session ended after the idle timeout; the actor is the session's user. */
    SESSION_EXPIRED,
    /**
     * Signed-in sessions were ended, not by signing out or the timeout: by an administrator, by their user, by a
     * password change or reset, or by the absolute session lifetime.
     */
    SESSION_ENDED,
    /** A signed-in user was refused a page or a service call; the target names the page or the method. */
    ACCESS_DENIED,
    /** An assessment was created; the target is its id, the detail its mode, entity, template and outcome. */
    ASSESSMENT_CREATED,
    /** A create was refused (entity or template unknown, an open assessment exists); the target is the entity. */
    ASSESSMENT_CREATE_REFUSED,
    /** A create failed without an answer (vendor unreachable, timed out, an error); the target is the entity. */
    ASSESSMENT_CREATE_FAILED,
    PASSWORD_CHANGED,
    /** A password change refused because the current password was wrong, or after too many such attempts. */
    PASSWORD_CHANGE_REFUSED,
    USER_CREATED,
    /** An administrator changed a user's role; the detail names the user and both roles. */
    USER_ROLE_CHANGED,
    /** An administrator disabled a user (their sessions end with it). */
    USER_DISABLED,
    USER_ENABLED,
    /** An administrator lifted a sign-in lock. */
    USER_UNLOCKED,
    /** An administrator set a temporary password, which the user must replace at their next sign-in. */
    PASSWORD_RESET,
    /** An administrator set a user's API key for an upstream that had none; the detail names user, upstream, last 4. */
    API_KEY_SET,
    /** An administrator replaced a user's API key. */
    API_KEY_REPLACED,
    /** An administrator revoked (deleted) a user's API key. */
    API_KEY_REVOKED,
    /** An administrator tested a user's API key against its vendor; the detail adds the verdict and round-trip time. */
    API_KEY_TESTED,
    /** A user confirmed a new two-step sign-in (TOTP) enrolment with a code. */
    MFA_ENROLLED,
    /** A user turned two-step sign-in off. */
    MFA_DISABLED,
    /** A one-time code was accepted (at sign-in or on the account page); never the code itself. */
    MFA_CODE_ACCEPTED,
    /** A wrong, expired or already used code was refused; the detail says how many in a row. */
    MFA_CODE_REFUSED,
    /** A recovery code was used (it works once); the detail says how many are left. */
    MFA_RECOVERY_CODE_USED,
    /** An administrator removed a user's two-step sign-in (a lost phone); the detail names the user. */
    MFA_RESET_BY_ADMIN,
    /** Too many wrong codes: code entry pauses for the user; the detail says until when. */
    MFA_LOCKED
}
