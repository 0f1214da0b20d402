package com.complianceportal.apikey.service;

import com.complianceportal.apikey.crypto.Keyring;
import com.complianceportal.apikey.domain.SealedKey;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.shared.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * Seals keys for their row: the associated data names the user id and the upstream, so a ciphertext copied into
 * another row does not open. Plaintext bytes are wiped as soon as they are no longer needed.
 */
@Component
class ApiKeyCipher {

    private final Keyring keyring;

    ApiKeyCipher(Keyring keyring) {
        this.keyring = keyring;
    }

    SealedKey seal(long userId, Upstream upstream, Secret key) {
        byte[] plain = key.reveal().getBytes(StandardCharsets.US_ASCII);
        try {
            return new SealedKey(keyring.currentVersion(), keyring.seal(plain, associatedData(userId, upstream)));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    Secret open(long userId, Upstream upstream, SealedKey sealed) throws GeneralSecurityException {
        byte[] ciphertext = sealed.ciphertext();
        if (Keyring.versionOf(ciphertext).orElse(~sealed.keyVersion()) != sealed.keyVersion()) {
            throw new GeneralSecurityException("the stored master key version does not match the ciphertext");
        }
        byte[] plain = keyring.open(ciphertext, associatedData(userId, upstream));
        try {
            return Secret.of(new String(plain, StandardCharsets.US_ASCII));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The same key sealed under the current master key. */
    SealedKey reseal(long userId, Upstream upstream, SealedKey sealed) throws GeneralSecurityException {
        return seal(userId, upstream, open(userId, upstream, sealed));
    }

    int currentVersion() {
        return keyring.currentVersion();
    }

    boolean knows(int version) {
        return keyring.knows(version);
    }

    /** Whether a key being replaced was configured, that is whether a rotation is asked for. */
    boolean rotating() {
        return keyring.versions().size() > 1;
    }

    static byte[] associatedData(long userId, Upstream upstream) {
        return ("compliance-portal api_key|user_id=" + userId + "|upstream=" + upstream.name())
                .getBytes(StandardCharsets.UTF_8);
    }
}
