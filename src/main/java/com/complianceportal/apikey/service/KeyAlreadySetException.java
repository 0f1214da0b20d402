package com.complianceportal.apikey.service;

import com.complianceportal.apikey.domain.KeyStatus;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A new key was given where one is stored already: replacing it needs the administrator's confirmation. */
public class KeyAlreadySetException extends RuntimeException {

    private final transient @Nullable KeyStatus stored;

    KeyAlreadySetException(@Nullable KeyStatus stored) {
        super("A key is stored already; confirm to replace it.");
        this.stored = stored;
    }

    /** The key that is stored, when known. */
    public Optional<KeyStatus> stored() {
        return Optional.ofNullable(stored);
    }
}
