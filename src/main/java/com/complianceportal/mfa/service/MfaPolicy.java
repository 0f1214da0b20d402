package com.complianceportal.mfa.service;

import com.complianceportal.user.domain.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Who must use two-step sign-in: administrators when so configured, outside the demo profile; others may. */
@Component
@EnableConfigurationProperties(MfaSettings.class)
class MfaPolicy {

    private final boolean requiredForAdmin;

    MfaPolicy(MfaSettings settings, Environment environment) {
        this.requiredForAdmin = settings.requiredForAdmin() && !environment.acceptsProfiles(Profiles.of("demo"));
    }

    boolean requires(Role role) {
        return requiredForAdmin && role == Role.ADMIN;
    }
}
