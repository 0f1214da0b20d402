package com.complianceportal.mfa.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether a user has two-step sign-in, since when, how many unused recovery codes are left, and whether the portal's
 * policy requires it for them (then it cannot be turned off).
 */
public record TwoStepStatus(boolean enrolled, @Nullable Instant since, int recoveryCodesLeft, boolean required) {
}
