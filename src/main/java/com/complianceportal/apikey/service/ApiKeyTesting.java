package com.complianceportal.apikey.service;

import com.complianceportal.apikey.domain.ApiKeyStore;
import com.complianceportal.apikey.domain.KeyHolder;
import com.complianceportal.apikey.domain.KeyHolders;
import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.apikey.domain.SealedKey;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyRefusedException.Field;
import com.complianceportal.apikey.service.KeyCheckResult.Verdict;
import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.base.security.Roles;
import com.complianceportal.user.service.CurrentUser;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Administrators test a user's key against its vendor: the key is decrypted here and handed to the {@link KeyCheck}
 * for one call; every test is audited with its verdict, never with the key. Only upstream mode can test (it is the
 * mode that calls the vendors). No transaction: none is held open while the vendor answers.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ApiKeyTesting {

    private final ObjectProvider<KeyCheck> check;
    private final KeyHolders holders;
    private final ApiKeyStore store;
    private final ApiKeyCipher cipher;
    private final CurrentUser currentUser;
    private final KeyAudit audit;

    ApiKeyTesting(ObjectProvider<KeyCheck> check, KeyHolders holders, ApiKeyStore store, ApiKeyCipher cipher,
            CurrentUser currentUser, KeyAudit audit) {
        this.check = check;
        this.holders = holders;
        this.store = store;
        this.cipher = cipher;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether keys can be tested: in upstream mode only. */
    public boolean available() {
        return check.getIfAvailable() != null;
    }

    public KeyCheckResult test(long userId, Upstream upstream) {
        KeyCheck vendor = check.getIfAvailable();
        if (vendor == null) {
            throw new IllegalStateException("Testing keys needs upstream mode (portal.source=upstream)");
        }
        KeyHolder holder = holders.find(userId)
                .orElseThrow(() -> new ApiKeyRefusedException(Field.USER, "This user no longer exists."));
        Optional<KeyStatus> status = holder.key(upstream);
        Optional<SealedKey> sealed = store.sealed(userId, upstream);
        KeyCheckResult result;
        if (status.isEmpty() || sealed.isEmpty()) {
            result = KeyCheckResult.unsent(Verdict.NO_KEY);
        } else {
            try {
                result = vendor.check(upstream, cipher.open(userId, upstream, sealed.get()));
            } catch (GeneralSecurityException unreadable) {
                result = KeyCheckResult.unsent(Verdict.UNREADABLE);
            }
        }
        audit.record(currentUser.username(), AuditAction.API_KEY_TESTED, holder.username(), upstream,
                status.map(KeyStatus::lastFour).orElse("none"), "result=" + result.verdict()
                        + (result.roundTrip() == null ? "" : " round-trip=" + result.roundTrip().toMillis() + "ms"));
        return result;
    }
}
