package com.complianceportal.apikey.domain;

import com.complianceportal.user.domain.Role;
import java.util.Map;
import java.util.Optional;

/** A user as the key administration lists them, with what may be shown of each of their keys. */
public record KeyHolder(long userId, String username, String displayName, Role role, Map<Upstream, KeyStatus> keys) {

    public KeyHolder {
        keys = Map.copyOf(keys);
    }

    public Optional<KeyStatus> key(Upstream upstream) {
        return Optional.ofNullable(keys.get(upstream));
    }
}
