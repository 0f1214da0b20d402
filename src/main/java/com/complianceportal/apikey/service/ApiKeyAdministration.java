package com.complianceportal.apikey.service;

import com.complianceportal.apikey.domain.ApiKeyStore;
import com.complianceportal.apikey.domain.KeyHolder;
import com.complianceportal.apikey.domain.KeyHolderFilter;
import com.complianceportal.apikey.domain.KeyHolders;
import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.apikey.domain.SealedKey;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyRefusedException.Field;
import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.base.security.Roles;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.service.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators hand out and withdraw users' API keys. Shows keys only masked; never returns one. Every change is
 * published as an {@link ApiKeyChanged}.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ApiKeyAdministration {

    private final KeyHolders holders;
    private final ApiKeyStore store;
    private final ApiKeyCipher cipher;
    private final CurrentUser currentUser;
    private final KeyAudit audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiKeyAdministration(KeyHolders holders, ApiKeyStore store, ApiKeyCipher cipher, CurrentUser currentUser,
            KeyAudit audit, Clock clock, ApplicationEventPublisher events) {
        this.holders = holders;
        this.store = store;
        this.cipher = cipher;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<KeyHolder> holders(KeyHolderFilter filter, boolean descending, int offset, int limit) {
        return holders.page(filter, descending, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(KeyHolderFilter filter) {
        return holders.count(filter);
    }

    @Transactional(readOnly = true)
    public Optional<KeyHolder> holder(long userId) {
        return holders.find(userId);
    }

    /**
     * Stores the user's key for the upstream. Where one is stored already, {@code replace} must say so (the screen
     * asks the administrator to confirm); otherwise {@link KeyAlreadySetException}.
     */
    public KeyChange set(long userId, Upstream upstream, Secret key, @Nullable String label, boolean replace) {
        ApiKeyPolicy.keyProblem(key.reveal()).ifPresent(problem -> {
            throw new ApiKeyRefusedException(Field.KEY, problem);
        });
        ApiKeyPolicy.labelProblem(label).ifPresent(problem -> {
            throw new ApiKeyRefusedException(Field.LABEL, problem);
        });
        KeyHolder holder = holders.find(userId)
                .orElseThrow(() -> new ApiKeyRefusedException(Field.USER, "This user no longer exists."));
        Optional<KeyStatus> stored = holder.key(upstream);
        if (stored.isPresent() && !replace) {
            throw new KeyAlreadySetException(stored.get());
        }
        SealedKey sealed = cipher.seal(userId, upstream, key);
        String lastFour = ApiKeyPolicy.lastFour(key);
        String actor = currentUser.username();
        Instant now = clock.instant();
        String cleanLabel = ApiKeyPolicy.cleanLabel(label);
        if (stored.isPresent() && store.replace(userId, upstream, sealed, lastFour, cleanLabel, now, actor)) {
            audit.record(actor, AuditAction.API_KEY_REPLACED, holder.username(), upstream, lastFour);
            events.publishEvent(new ApiKeyChanged(holder.username(), upstream));
            return KeyChange.REPLACED;
        }
        try {
            store.insert(userId, upstream, sealed, lastFour, cleanLabel, now, actor);
        } catch (DuplicateKeyException setMeanwhile) {
            throw new KeyAlreadySetException(null);
        }
        audit.record(actor, AuditAction.API_KEY_SET, holder.username(), upstream, lastFour);
        events.publishEvent(new ApiKeyChanged(holder.username(), upstream));
        return KeyChange.SET;
    }

    /** Deletes the user's key for the upstream; returns whether there was one. */
    public boolean revoke(long userId, Upstream upstream) {
        Optional<KeyHolder> holder = holders.find(userId);
        Optional<KeyStatus> stored = holder.flatMap(h -> h.key(upstream));
        if (holder.isEmpty() || stored.isEmpty() || !store.delete(userId, upstream)) {
            return false;
        }
        audit.record(currentUser.username(), AuditAction.API_KEY_REVOKED, holder.get().username(), upstream,
                stored.get().lastFour());
        events.publishEvent(new ApiKeyChanged(holder.get().username(), upstream));
        return true;
    }
}
