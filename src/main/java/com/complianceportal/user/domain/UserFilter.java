package com.complianceportal.user.domain;

import org.jspecify.annotations.Nullable;

/**
 * Which users the administration lists: {@code text} matches a part of the user name, name or e-mail address (blank:
 * everyone); {@code role} and {@code state} narrow it down when given.
 */
public record UserFilter(String text, @Nullable Role role, @Nullable UserState state) {

    public static final UserFilter NONE = new UserFilter("", null, null);

    public UserFilter {
        text = text.strip();
    }
}
