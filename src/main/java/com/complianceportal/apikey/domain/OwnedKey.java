package com.complianceportal.apikey.domain;

/** A stored key with the id of the user it belongs to. */
public record OwnedKey(long userId, SealedKey sealed) {
}
