package com.complianceportal.apikey.domain;

import java.util.Arrays;

/** A key as the database holds it: AES-256-GCM ciphertext and the version of the master key that sealed it. */
public record SealedKey(int keyVersion, byte[] ciphertext) {

    public SealedKey {
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedKey sealed && sealed.keyVersion == keyVersion
                && Arrays.equals(sealed.ciphertext, ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * keyVersion + Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "SealedKey[keyVersion=" + String.format("%08x", keyVersion) + ", " + ciphertext.length + " bytes]";
    }
}
