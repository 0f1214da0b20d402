package com.complianceportal.mfa.service;

import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Pending sign-ins as the password step leaves them, for tests of the code page. */
public final class PendingSignIns {

    private PendingSignIns() {
    }

    /** A user whose password was right; {@code enrolmentDue}: must set up two-step sign-in first. */
    public static PendingSignIn of(String username, long userId, String role, boolean enrolmentDue) {
        List<String> authorities = List.of("ROLE_" + role, FactorGrantedAuthority.PASSWORD_AUTHORITY);
        Authentication password = UsernamePasswordAuthenticationToken.authenticated(
                User.withUsername(username).password("unused").authorities(authorities.toArray(String[]::new)).build(),
                null, AuthorityUtils.createAuthorityList(authorities));
        return new PendingSignIn(password, userId, Instant.now(), enrolmentDue);
    }
}
