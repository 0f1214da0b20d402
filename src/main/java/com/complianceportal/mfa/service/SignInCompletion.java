package com.complianceportal.mfa.service;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * A second step passed: the authentication to sign the session in with (the password factor and the TOTP factor),
 * the recovery codes left when one was used (else -1), and the first recovery codes when the step was an enrolment.
 */
public record SignInCompletion(Authentication authentication, int recoveryCodesLeft,
        @Nullable RecoveryCodeList newRecoveryCodes) {

    @Override
    public String toString() {
        return "SignInCompletion[" + authentication.getName() + "]";
    }
}
