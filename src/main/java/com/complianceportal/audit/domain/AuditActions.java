package com.complianceportal.audit.domain;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Audit actions in words an administrator reads: "Signed in", "API key revoked". */
public final class AuditActions {

    private static final Map<AuditAction, String> LABELS = new EnumMap<>(AuditAction.class);

    static {
        LABELS.put(AuditAction.SIGN_IN_SUCCEEDED, "Signed in");
        LABELS.put(AuditAction.SIGN_IN_FAILED, "Sign-in failed");
        LABELS.put(AuditAction.SIGN_IN_REFUSED_LOCKED, "Sign-in refused: account locked");
        LABELS.put(AuditAction.SIGN_IN_UNAVAILABLE, "Sign-in unavailable");
        LABELS.put(AuditAction.ACCOUNT_LOCKED, "Account locked");
        LABELS.put(AuditAction.SIGNED_OUT, "Signed out");
        LABELS.put(AuditAction.SESSION_EXPIRED, "Session expired");
        LABELS.put(AuditAction.SESSION_ENDED, "Session ended");
        LABELS.put(AuditAction.ACCESS_DENIED, "Access denied");
        LABELS.put(AuditAction.ASSESSMENT_CREATED, "Assessment created");
        LABELS.put(AuditAction.ASSESSMENT_CREATE_REFUSED, "Assessment create refused");
        LABELS.put(AuditAction.ASSESSMENT_CREATE_FAILED, "Assessment create failed");
        LABELS.put(AuditAction.PASSWORD_CHANGED, "Password changed");
        LABELS.put(AuditAction.USER_CREATED, "User created");
        LABELS.put(AuditAction.API_KEY_SET, "API key set");
        LABELS.put(AuditAction.API_KEY_REPLACED, "API key replaced");
        LABELS.put(AuditAction.API_KEY_REVOKED, "API key revoked");
        LABELS.put(AuditAction.API_KEY_TESTED, "API key tested");
    }

    private AuditActions() {
    }

    /** The action's label; an action without one reads as its name in words ("MFA_ENROLLED": "Mfa enrolled"). */
    public static String label(AuditAction action) {
        String label = LABELS.get(action);
        if (label != null) {
            return label;
        }
        String words = action.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
