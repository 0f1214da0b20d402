package com.complianceportal.testsupport;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyAdministration;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.PortalUserRepository;
import java.util.Objects;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Gives demo users their vendor keys as an administrator would, whoever the test has signed in. */
public final class UpstreamKeys {

    private UpstreamKeys() {
    }

    /** Sets (or replaces) the user's key; returns the user's id. */
    public static long give(ApplicationContext context, String username, Upstream upstream, String key) {
        long userId = Objects.requireNonNull(context.getBean(PortalUserRepository.class).findByUsername(username)
                .orElseThrow().id());
        asAdministrator(() -> context.getBean(ApiKeyAdministration.class).set(userId, upstream, Secret.of(key), null,
                true));
        return userId;
    }

    public static void revoke(ApplicationContext context, String username, Upstream upstream) {
        long userId = Objects.requireNonNull(context.getBean(PortalUserRepository.class).findByUsername(username)
                .orElseThrow().id());
        asAdministrator(() -> context.getBean(ApiKeyAdministration.class).revoke(userId, upstream));
    }

    private static void asAdministrator(Runnable action) {
        var security = SecurityContextHolder.getContext();
        var signedIn = security.getAuthentication();
        security.setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_VIEWER", "ROLE_ASSESSOR", "ROLE_ADMIN")));
        try {
            action.run();
        } finally {
            security.setAuthentication(signedIn);
        }
    }
}
