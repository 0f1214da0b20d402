package com.complianceportal.base.security;

/** What the sign-in handlers and the login view share about the sign-in form. */
public final class SignInForm {

    /** HTTP session attribute: the user name of the last failed attempt, shown again in the form. */
    public static final String LAST_USERNAME = "portal.sign-in.last-username";
    /** Query parameter of the login page after a failure of the portal itself; its value is the error reference. */
    public static final String UNAVAILABLE = "unavailable";

    /** Query parameter of the login page after a refused attempt; its value is how many seconds to wait. */
    public static final String THROTTLED = "throttled";
    /** Query parameter of the login page after a sign-in whose form had expired (no valid CSRF token). */
    public static final String EXPIRED = "expired";

    private SignInForm() {
    }
}
