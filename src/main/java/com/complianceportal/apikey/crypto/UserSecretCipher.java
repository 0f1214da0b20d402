package com.complianceportal.apikey.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * Seals a small secret that belongs to one user (such as a TOTP secret) under the master key. The associated data
 * names the purpose and the user id, so a ciphertext copied into another user's row, or used for another purpose,
 * does not open. The caller wipes the plaintext it passed in or got back.
 */
@Component
public class UserSecretCipher {

    private final Keyring keyring;

    public UserSecretCipher(Keyring keyring) {
        this.keyring = keyring;
    }

    /** A sealed value and the version of the master key that sealed it. */
    public record Sealed(int keyVersion, byte[] ciphertext) {

        public Sealed {
            ciphertext = ciphertext.clone();
        }

        @Override
        public byte[] ciphertext() {
            return ciphertext.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Sealed sealed && sealed.keyVersion == keyVersion
                    && Arrays.equals(sealed.ciphertext, ciphertext);
        }

        @Override
        public int hashCode() {
            return 31 * keyVersion + Arrays.hashCode(ciphertext);
        }

        @Override
        public String toString() {
            return "Sealed[keyVersion=" + MasterKey.versionText(keyVersion) + ", " + ciphertext.length + " bytes]";
        }
    }

    public Sealed seal(String purpose, long userId, byte[] plaintext) {
        return new Sealed(keyring.currentVersion(), keyring.seal(plaintext, associatedData(purpose, userId)));
    }

    /** Opens a value sealed by {@link #seal}; refuses one that was altered or sealed for another user or purpose. */
    public byte[] open(String purpose, long userId, Sealed sealed) throws GeneralSecurityException {
        byte[] ciphertext = sealed.ciphertext();
        if (Keyring.versionOf(ciphertext).orElse(~sealed.keyVersion()) != sealed.keyVersion()) {
            throw new GeneralSecurityException("the stored master key version does not match the ciphertext");
        }
        return keyring.open(ciphertext, associatedData(purpose, userId));
    }

    /** Whether a value sealed under this master key version needs sealing again under the current one. */
    public boolean isOutdated(int keyVersion) {
        return keyVersion != keyring.currentVersion();
    }

    public int currentVersion() {
        return keyring.currentVersion();
    }

    static byte[] associatedData(String purpose, long userId) {
        return ("compliance-portal " + purpose + "|user_id=" + userId).getBytes(StandardCharsets.UTF_8);
    }
}
