package com.complianceportal.apikey.service;

import com.complianceportal.apikey.domain.ApiKeyStore;
import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.base.security.Roles;
import com.complianceportal.user.service.CurrentUser;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own keys, as much as may be shown: masked, labelled, when last used. Every role, for itself. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class MyApiKeys {

    private final ApiKeyStore store;
    private final CurrentUser currentUser;

    MyApiKeys(ApiKeyStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /** The status of each key the user has; an upstream without a key is absent. */
    public Map<Upstream, KeyStatus> mine() {
        Map<Upstream, KeyStatus> mine = new EnumMap<>(Upstream.class);
        store.statuses(currentUser.id()).forEach(status -> mine.put(status.upstream(), status));
        return mine;
    }
}
