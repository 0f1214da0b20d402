package com.complianceportal.apikey.service;

import com.complianceportal.apikey.domain.ApiKeyStore;
import com.complianceportal.apikey.domain.OwnedKey;
import com.complianceportal.apikey.domain.SealedKey;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.base.security.Roles;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.service.CurrentUser;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
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
    private final Cache<SealedKey, Instant> lastMarked = Caffeine.newBuilder()
            .expireAfterWrite(ApiKeyStore.LAST_USED_PRECISION).maximumSize(10_000).build();

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
        Optional<OwnedKey> owned = store.sealedOf(currentUser.username(), upstream);
        if (owned.isEmpty()) {
            return Optional.empty();
        }
        long userId = owned.get().userId();
        SealedKey sealed = owned.get().sealed();
        try {
            Secret key = cipher.open(userId, upstream, sealed);
            markUsed(userId, upstream, sealed);
            return Optional.of(key);
        } catch (GeneralSecurityException e) {
            log.warn("The stored {} key of user {} cannot be decrypted (altered, or copied from another row);"
                    + " an administrator has to set it again.", upstream.label(), currentUser.username());
            throw new StoredKeyUnreadableException(upstream);
        }
    }

    /**
     * The last-used time is kept to the minute: a key marked a moment ago (this very key: a replaced key is a new
     * one) is not written again, so that a call costs no database write.
     */
    private void markUsed(long userId, Upstream upstream, SealedKey sealed) {
        Instant now = clock.instant();
        Instant marked = lastMarked.getIfPresent(sealed);
        if (marked == null || marked.isBefore(now.minus(ApiKeyStore.LAST_USED_PRECISION))) {
            store.markUsed(userId, upstream, now);
            lastMarked.put(sealed, now);
        }
    }
}
