package com.complianceportal.user.service;

/** Refused because the portal would be left without an active administrator. */
public class LastAdministratorException extends UserRefusedException {

    public LastAdministratorException(String message) {
        super(Field.USER, message);
    }
}
