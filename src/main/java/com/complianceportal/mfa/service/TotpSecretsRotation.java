package com.complianceportal.mfa.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Before the portal takes requests: TOTP secrets sealed under a master key being replaced move to the current one,
 * like the stored API keys, so the old key can go. A secret that opens with none of the configured keys does not stop
 * the start: its user signs in with a recovery code or an administrator resets their two-step sign-in.
 */
@Component
class TotpSecretsRotation implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TotpSecretsRotation.class);

    private final TotpEnrolments enrolments;

    TotpSecretsRotation(TotpEnrolments enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int[] outcome = enrolments.resealOutdated();
        if (outcome[0] > 0) {
            log.info("Master key rotation: re-encrypted {} two-step sign-in secret(s) under the current master key.",
                    outcome[0]);
        }
        if (outcome[1] > 0) {
            log.warn("{} two-step sign-in secret(s) do not open with the configured master keys: those users need a"
                    + " recovery code, or an administrator resets their two-step sign-in.", outcome[1]);
        }
    }
}
