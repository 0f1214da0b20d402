package com.complianceportal.user.service;

import com.complianceportal.user.domain.ColorScheme;
import com.complianceportal.user.domain.Role;

/** What the signed-in user may see about their own account. */
public record AccountInfo(String username, String displayName, Role role, ColorScheme colorScheme) {
}
