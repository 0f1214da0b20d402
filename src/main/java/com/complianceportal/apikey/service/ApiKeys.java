package com.complianceportal.apikey.service;

import com.complianceportal.apikey.domain.ApiKeyStore;
import com.complianceportal.apikey.domain.SealedKey;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.base.security.Roles;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.service.CurrentUser;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to a key in plaintext: the signed-in user's own key, for the upstream call about to be made. Only the
 * upstream layer may call this (ArchitectureTest); nobody can ask for another user's key.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class ApiKeys {

    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

    private final ApiKeyStore store;
    private final ApiKeyCipher cipher;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiKeys(ApiKeyStore store, ApiKeyCipher cipher, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The signed-in user's key for the upstream, or empty when an administrator has set none; records it as used.
     * Keep the result for the one call, never in a field.
     *
     * @throws StoredKeyUnreadableException when the stored key cannot be decrypted
     */
    public Optional<Secret> forCurrentUser(Upstream upstream) {
        long userId = currentUser.id();
        Optional<SealedKey> sealed = store.sealed(userId, upstream);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        try {
            Secret key = cipher.open(userId, upstream, sealed.get());
            store.markUsed(userId, upstream, clock.instant());
            return Optional.of(key);
        } catch (GeneralSecurityException e) {
            log.warn("The stored {} key of user {} cannot be decrypted (altered, or copied from another row);"
                    + " an administrator has to set it again.", upstream.label(), currentUser.username());
            throw new StoredKeyUnreadableException(upstream);
        }
    }
}
