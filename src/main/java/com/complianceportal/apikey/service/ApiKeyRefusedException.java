package com.complianceportal.apikey.service;

/** A key change that was refused; the message is safe to show and never holds the key. */
public class ApiKeyRefusedException extends RuntimeException {

    /** Which input the refusal is about, so the screen can put the message next to it. */
    public enum Field { KEY, LABEL, USER }

    private final Field field;

    public ApiKeyRefusedException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
