package com.complianceportal.apikey.service;

import com.complianceportal.apikey.crypto.MasterKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Before the portal takes requests: re-encrypts the stored keys when a master key being replaced is configured, then
 * checks that the master key opens them, so that a wrong key stops the start with one clear line instead of failing
 * request after request.
 */
@Component
class StoredKeysCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StoredKeysCheck.class);

    private final MasterKeyRotation rotation;
    private final ApiKeyCipher cipher;

    StoredKeysCheck(MasterKeyRotation rotation, ApiKeyCipher cipher) {
        this.rotation = rotation;
        this.cipher = cipher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (cipher.rotating()) {
            int moved = rotation.rotate();
            log.info("Master key rotation: re-encrypted {} stored API {} under master key version {}. Remove"
                    + " PORTAL_MASTER_KEY_PREVIOUS (or its _FILE) from the configuration and destroy the old key.",
                    moved, moved == 1 ? "key" : "keys", MasterKey.versionText(cipher.currentVersion()));
        }
        rotation.verify();
    }
}
