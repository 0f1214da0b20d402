package com.complianceportal.audit.domain;

/** What an audit event records. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    SIGN_IN_REFUSED_LOCKED,
    /** The portal could not complete a sign-in (for example, the database refused a write). */
    SIGN_IN_UNAVAILABLE,
    ACCOUNT_LOCKED,
    SIGNED_OUT,
    /** A signed-in session ended after the idle timeout; the actor is the session's user. */
    SESSION_EXPIRED,
    /** A signed-in session was ended by the portal (not by signing out, not by the timeout). */
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
