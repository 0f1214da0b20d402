package com.complianceportal.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A value that must never be shown: an API key, a master key, a configured password. {@code toString()}, JSON and
 * logging show {@value #HIDDEN}; Java serialization refuses it (it is not {@code Serializable}); only
 * {@link #reveal()} gives the value, to the one call that needs it. Spring binds configuration to it through
 * {@link #of(String)}.
 */
public final class Secret {

    static final String HIDDEN = "[hidden]";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(Objects.requireNonNull(value, "value"));
    }

    /** The value itself; keep what this returns in a local variable of the call that needs it, never in a field. */
    public String reveal() {
        return value;
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    public int length() {
        return value.length();
    }

    @JsonValue
    @Override
    public String toString() {
        return HIDDEN;
    }

    /** Compares in constant time, so that how long a comparison takes tells nothing about the value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                secret.value.getBytes(StandardCharsets.UTF_8));
    }

    /** The same for every secret: a hash table learns nothing about the values it holds. */
    @Override
    public int hashCode() {
        return 0x5ec7e7;
    }
}
