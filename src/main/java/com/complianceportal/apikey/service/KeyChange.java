package com.complianceportal.apikey.service;

/** What setting a key did: stored a first one, or put a new one in place of the stored one. */
public enum KeyChange {
    SET, REPLACED
}
