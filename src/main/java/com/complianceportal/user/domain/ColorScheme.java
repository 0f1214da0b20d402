package com.complianceportal.user.domain;

/** The light or dark appearance a user chose for the portal. */
public enum ColorScheme {
    LIGHT, DARK
}
