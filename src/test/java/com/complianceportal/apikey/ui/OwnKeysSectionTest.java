package com.complianceportal.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyAdministration;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The account page shows the signed-in user's own keys, masked, and whom to ask when there is none. */
@SpringBootTest
@WithMockUser(username = "key-own-section", roles = "VIEWER")
class OwnKeysSectionTest extends SpringBrowserlessTest {

    static final String KEY = "own-section-key-5d2e";

    @Autowired
    ApiKeyAdministration administration;
    @Autowired
    PortalUserRepository users;

    /** Before the browserless UI opens its first page as this user, so the user must exist by then. */
    @BeforeAll
    static void theUserExists(@Autowired PortalUserRepository users) {
        if (users.findByUsername("key-own-section").isEmpty()) {
            users.save(PortalUser.create("key-own-section", "Olli Own", "{noop}unused", Role.VIEWER, Instant.now()));
        }
    }

    @BeforeEach
    void aRiseKeyOnly() {
        long id = Objects.requireNonNull(users.findByUsername("key-own-section").orElseThrow().id());
        var context = SecurityContextHolder.getContext();
        var user = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_VIEWER", "ROLE_ADMIN")));
        try {
            administration.revoke(id, Upstream.MAXSIGHT);
            administration.set(id, Upstream.RISE, Secret.of(KEY), "Team North", true);
        } finally {
            context.setAuthentication(user);
        }
    }

    private String line(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    void the_account_page_shows_each_key_masked_and_asks_for_a_missing_one() {
        navigate("account", Component.class);

        assertThat(line("own-key-rise")).contains("•••• 5d2e").contains("Team North").contains("Not used yet")
                .doesNotContain(KEY);
        assertThat(line("own-key-maxsight")).contains("No key yet. Ask an administrator to set one for you.");
    }
}
