package com.complianceportal.user.service;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile: creates the first administrator of an empty installation, from
 * PORTAL_ADMIN_USERNAME / PORTAL_ADMIN_PASSWORD, or with a random password printed once to the console (the only way
 * an operator learns it). A printed password is temporary: it must be replaced at the first sign-in.
 */
@Component
@Profile("!demo")
@Transactional
class FirstAdministrator implements ApplicationRunner {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final PortalUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private final Clock clock;
    private final PrintStream console;

    FirstAdministrator(PortalUserRepository users, PasswordEncoder encoder, AuditLog audit, SecurityProperties properties,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.console = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.existsByRole(Role.ADMIN)) {
            return;
        }
        String username = blankToNull(properties.admin().username());
        username = username == null ? "admin" : username;
        Secret configured = properties.admin().password();
        String password = configured == null ? null : blankToNull(configured.reveal());
        boolean generated = password == null;
        if (password == null) {
            password = randomPassword();
        } else {
            String problem = PasswordPolicy.problem(username, password).orElse(null);
            if (problem != null) {
                throw new IllegalStateException("PORTAL_ADMIN_PASSWORD is not acceptable: " + problem);
            }
        }
        PortalUser admin = PortalUser.create(username, "Administrator", encoder.encode(password), Role.ADMIN,
                clock.instant());
        users.save(generated ? admin.withTemporaryPassword(admin.passwordHash(), clock.instant()) : admin);
        audit.record(username, AuditAction.USER_CREATED, "first administrator", null);
        if (generated) {
            console.println("""

                    ==================================================================
                     First administrator created. Sign in with this one-time password;
                     the portal then asks you to choose your own:
                       user name: %s
                       password:  %s
                     It is shown only this once and is not stored anywhere in clear.
                    ==================================================================
                    """.formatted(username, password));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
