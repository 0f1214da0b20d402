package com.complianceportal.user.service;

import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is signed in, for services that act for that user only. Internal: services call it after their own role check,
 * so it carries none; without a signed-in user it refuses.
 */
@Component
@Transactional(readOnly = true)
public class CurrentUser {

    private final PortalUserRepository users;

    CurrentUser(PortalUserRepository users) {
        this.users = users;
    }

    /** The signed-in user's name, from the security context alone: no database read, so no transaction of its own. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public String username() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new AccessDeniedException("Not signed in");
        }
        return authentication.getName();
    }

    /** The signed-in user's own record. */
    public PortalUser user() {
        return users.findByUsername(username())
                .orElseThrow(() -> new AccessDeniedException("The signed-in user no longer exists"));
    }

    /** The signed-in user's id, read alone (services ask for it once per call). */
    public long id() {
        return users.findIdByUsername(username())
                .orElseThrow(() -> new AccessDeniedException("The signed-in user no longer exists"));
    }
}
