package com.complianceportal.user.service;

import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo profile only: the three well-known accounts that the login page names. */
@Component
@Profile("demo")
@Order(0)
@Transactional
class DemoUsers implements ApplicationRunner {

    private final PortalUserRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoUsers(PortalUserRepository users, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        create("viewer", "Vera Viewer", Role.VIEWER);
        create("assessor", "Adam Assessor", Role.ASSESSOR);
        create("admin", "Alice Admin", Role.ADMIN);
    }

    private void create(String username, String displayName, Role role) {
        if (users.findByUsername(username).isEmpty()) {
            users.save(PortalUser.create(username, displayName, encoder.encode(username), role, clock.instant()));
        }
    }
}
