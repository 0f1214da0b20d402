package com.complianceportal.base.security;

/** Role names for access annotations. ADMIN users also hold ASSESSOR and VIEWER, ASSESSOR users also VIEWER. */
public final class Roles {

    public static final String VIEWER = "VIEWER";
    public static final String ASSESSOR = "ASSESSOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
