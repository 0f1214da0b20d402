package com.complianceportal.user.service;

/** A password change that was refused; the message is safe to show to the user. */
public class PasswordChangeException extends RuntimeException {

    /** Which input the refusal is about, so the view can put the message next to it. */
    public enum Field { CURRENT_PASSWORD, NEW_PASSWORD }

    private final Field field;

    public PasswordChangeException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
