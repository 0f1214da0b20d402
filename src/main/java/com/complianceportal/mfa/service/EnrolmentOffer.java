package com.complianceportal.mfa.service;

/**
 * What the user needs to add the portal to an authenticator app: the {@code otpauth://} address (for the QR code) and
 * the same secret in Base32, in groups of four, for typing in. Shown only while enrolling; {@code toString()} hides
 * both.
 */
public record EnrolmentOffer(String otpauthUri, String groupedKey) {

    @Override
    public String toString() {
        return "EnrolmentOffer[hidden]";
    }
}
