package com.complianceportal.assessment.upstream;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a step of a test as another signed-in user (with every role), then signs the test's own user back in. */
final class Signed {

    private Signed() {
    }

    static <T> T in(String username, Supplier<T> step) {
        var security = SecurityContextHolder.getContext();
        var before = security.getAuthentication();
        security.setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                AuthorityUtils.createAuthorityList("ROLE_VIEWER", "ROLE_ASSESSOR", "ROLE_ADMIN")));
        try {
            return step.get();
        } finally {
            security.setAuthentication(before);
        }
    }
}
