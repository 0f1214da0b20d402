package com.complianceportal.apikey.service;

import com.complianceportal.apikey.domain.ApiKeyStore;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import java.time.Instant;
import java.util.Objects;

/** Users of the API key tests, made afresh (with their keys gone) for each test, and keys stored directly. */
final class KeyHolderFixtures {

    private KeyHolderFixtures() {
    }

    static long freshUser(PortalUserRepository users, String username, String displayName) {
        users.findByUsername(username).ifPresent(users::delete);
        PortalUser saved = users.save(PortalUser.create(username, displayName, "{noop}not-for-sign-in", Role.VIEWER,
                Instant.now()));
        return Objects.requireNonNull(saved.id());
    }

    /** Stores a key as the administration would, without an administrator: for tests of reading keys. */
    static void storeKey(ApiKeyStore store, ApiKeyCipher cipher, long userId, Upstream upstream, String key) {
        Secret secret = Secret.of(key);
        store.insert(userId, upstream, cipher.seal(userId, upstream, secret), ApiKeyPolicy.lastFour(secret), null,
                Instant.now(), "test");
    }
}
