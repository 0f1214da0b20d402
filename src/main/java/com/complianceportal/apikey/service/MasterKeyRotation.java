package com.complianceportal.apikey.service;

import com.complianceportal.apikey.crypto.MasterKey;
import com.complianceportal.apikey.crypto.MasterKeyException;
import com.complianceportal.apikey.domain.SealedKeys;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start-up work on the stored keys as a whole: re-sealing them under a new master key, and making sure the configured
 * master keys open them. Not reachable by users (package-private); it runs before the portal takes requests.
 */
@Component
@Transactional
class MasterKeyRotation {

    private final SealedKeys sealedKeys;
    private final ApiKeyCipher cipher;

    MasterKeyRotation(SealedKeys sealedKeys, ApiKeyCipher cipher) {
        this.sealedKeys = sealedKeys;
        this.cipher = cipher;
    }

    /** Re-seals under the current master key every key that another one sealed, all in this one transaction. */
    public int rotate() {
        List<SealedKeys.Row> rows = sealedKeys.notUnder(cipher.currentVersion());
        for (SealedKeys.Row row : rows) {
            try {
                sealedKeys.reseal(row, cipher.reseal(row.userId(), row.upstream(), row.sealed()));
            } catch (GeneralSecurityException e) {
                throw MasterKeyException.wrongKey("A key encrypted under master key version "
                        + MasterKey.versionText(row.sealed().keyVersion())
                        + " does not open with the configured keys; nothing was re-encrypted.");
            }
        }
        return rows.size();
    }

    /** Refuses to go on when stored keys name a master key that is not configured, or do not open with it. */
    @Transactional(readOnly = true)
    public void verify() {
        Map<Integer, Long> counts = sealedKeys.countByVersion();
        String unknown = counts.entrySet().stream().filter(e -> !cipher.knows(e.getKey()))
                .map(e -> e.getValue() + (e.getValue() == 1 ? " key" : " keys") + " under master key version "
                        + MasterKey.versionText(e.getKey()))
                .collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            throw MasterKeyException.wrongKey("The database holds " + unknown
                    + "; the configured master key is version " + MasterKey.versionText(cipher.currentVersion()) + ".");
        }
        for (SealedKeys.Row row : sealedKeys.onePerVersion()) {
            try {
                cipher.open(row.userId(), row.upstream(), row.sealed());
            } catch (GeneralSecurityException e) {
                throw MasterKeyException.wrongKey("Keys under master key version "
                        + MasterKey.versionText(row.sealed().keyVersion()) + " do not open with the configured key.");
            }
        }
    }
}
