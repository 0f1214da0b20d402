package com.complianceportal.user.service;

import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.Role;
import org.jspecify.annotations.Nullable;

/** What an administrator enters for a new user; the initial password is a {@link Secret}, never printed. */
public record NewUser(String username, String displayName, @Nullable String email, Role role, Secret password) {
}
