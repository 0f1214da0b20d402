package com.complianceportal.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** A user who must choose a new password reaches nothing else until they have. */
@SpringBootTest
@WithMockUser(username = "guarded", roles = "VIEWER")
class PasswordChangeGuardTest extends SpringBrowserlessTest {

    static final String TEMPORARY = "Temporary from admin 1";

    final PortalUserRepository users;

    /** The user exists before the browserless UI starts (and first navigates, through the guard). */
    @Autowired
    PasswordChangeGuardTest(PortalUserRepository users, PasswordEncoder encoder) {
        this.users = users;
        users.findByUsername("guarded").ifPresent(users::delete);
        PortalUser user = PortalUser.create("guarded", "Gus Guarded", "unused", Role.VIEWER, Instant.now());
        users.save(user.withTemporaryPassword(encoder.encode(TEMPORARY), Instant.now()));
    }

    @Test
    void every_address_leads_to_the_password_change() {
        for (String address : new String[] {"", "assessments", "account"}) {
            navigate(address, Component.class);
            assertThat(getCurrentView()).as(address).isInstanceOf(ChangePasswordView.class);
        }
    }

    @Test
    void once_the_password_is_changed_the_portal_opens() {
        navigate("account", Component.class);
        PasswordChangeForm form = find(PasswordChangeForm.class).single();
        test(form.current).setValue(TEMPORARY);
        test(form.next).setValue("Gus chose this himself");
        test(form.confirm).setValue("Gus chose this himself");
        test(form.save).click();

        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
        navigate("account", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
    }

    @Test
    void without_the_demand_nothing_is_rerouted() {
        PortalUser user = users.findByUsername("guarded").orElseThrow();
        users.save(user.withPasswordHash(user.passwordHash(), Instant.now()));
        navigate("account", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
    }
}
