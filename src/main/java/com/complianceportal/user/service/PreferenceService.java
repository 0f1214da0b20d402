package com.complianceportal.user.service;

import com.complianceportal.base.security.Roles;
import com.complianceportal.user.domain.UserPreferences;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own UI settings (for example the register's columns). Every role, for itself only. */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class PreferenceService {

    private static final int MAX_VALUE = 2000;

    private final UserPreferences preferences;
    private final CurrentUser currentUser;

    PreferenceService(UserPreferences preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Optional<String> get(String key) {
        return preferences.find(currentUser.username(), key);
    }

    public void put(String key, String value) {
        if (value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("preference value too long");
        }
        preferences.put(currentUser.username(), key, value);
    }
}
