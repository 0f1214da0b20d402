package com.complianceportal.user.service;

/** A user administration request that was refused; the message is safe to show to the administrator. */
public class UserRefusedException extends RuntimeException {

    /** Which input the refusal is about, so the view can put the message next to it; USER: the request as a whole. */
    public enum Field { USERNAME, DISPLAY_NAME, EMAIL, PASSWORD, USER }

    private final Field field;

    public UserRefusedException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
