package com.complianceportal.user.service;

import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for sign-in; a locked account is reported locked, and the login view never tells the difference. After a
 * successful sign-in with a hash of an older algorithm (bcrypt), Spring Security hands the password back here once to
 * store it hashed with the current one (Argon2id).
 */
@Service
@Transactional(readOnly = true)
class PortalUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final PortalUserRepository users;
    private final Clock clock;

    PortalUserDetailsService(PortalUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        PortalUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(AuthorityUtils.createAuthorityList(user.role().authorities()))
                .accountLocked(user.isLockedAt(clock.instant()))
                .disabled(!user.enabled())
                .build();
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, @Nullable String newHash) {
        if (newHash == null) {
            return user;
        }
        users.findByUsername(user.getUsername())
                .ifPresent(stored -> users.save(stored.withRehashedPassword(newHash)));
        return User.withUserDetails(user).password(newHash).build();
    }
}
