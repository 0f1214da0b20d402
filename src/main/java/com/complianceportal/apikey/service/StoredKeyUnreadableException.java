package com.complianceportal.apikey.service;

import com.complianceportal.apikey.domain.Upstream;

/** The signed-in user's stored key cannot be decrypted (altered, or copied from another row): it must be set again. */
public class StoredKeyUnreadableException extends RuntimeException {

    private final Upstream upstream;

    StoredKeyUnreadableException(Upstream upstream) {
        super("Your " + upstream.label() + " key cannot be read; ask an administrator to set it again.");
        this.upstream = upstream;
    }

    public Upstream upstream() {
        return upstream;
    }
}
