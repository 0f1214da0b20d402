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
    PASSWORD_CHANGED,
    /** A password change refused because the current password was wrong, or after too many such attempts. */
    PASSWORD_CHANGE_REFUSED,
    USER_CREATED,
    /** An administrator set a user's API key for an upstream that had none; the detail names user, upstream, last 4. */
    API_KEY_SET,
    /** An administrator replaced a user's API key. */
    API_KEY_REPLACED,
    /** An administrator revoked (deleted) a user's API key. */
    API_KEY_REVOKED,
    /** An administrator tested a user's API key against its vendor; the detail adds the verdict and round-trip time. */
    API_KEY_TESTED
}
