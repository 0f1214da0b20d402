package com.complianceportal.user.service;

import com.complianceportal.base.security.Roles;
import com.complianceportal.user.domain.UserPreferences;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own UI settings (for example the register's columns). Every role, for itself only. */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class PreferenceService {

    private static final int MAX_VALUE = 2000;

    private final UserPreferences preferences;

    PreferenceService(UserPreferences preferences) {
        this.preferences = preferences;
    }

    @Transactional(readOnly = true)
    public Optional<String> get(String key) {
        return preferences.find(currentUsername(), key);
    }

    public void put(String key, String value) {
        if (value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("preference value too long");
        }
        preferences.put(currentUsername(), key, value);
    }

    private static String currentUsername() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new AccessDeniedException("Not signed in");
        }
        return authentication.getName();
    }
}
