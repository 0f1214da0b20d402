package com.complianceportal.mfa.service;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.base.security.Roles;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.service.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' part of two-step sign-in: whether a user has it, and removing it when they lost their phone and
 * their recovery codes. The user then signs in with the password alone (and must set it up again where it is
 * required).
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class MfaAdministration {

    private final TotpEnrolments enrolments;
    private final PortalUserRepository users;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    MfaAdministration(TotpEnrolments enrolments, PortalUserRepository users, CurrentUser currentUser, AuditLog audit) {
        this.enrolments = enrolments;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(String username) {
        return users.findByUsername(username).map(user -> enrolments.enrolled(SecondStep.id(user))).orElse(false);
    }

    /** Removes the user's two-step sign-in and recovery codes; false when there was none (or no such user). */
    public boolean reset(String username) {
        PortalUser user = users.findByUsername(username).orElse(null);
        if (user == null || !enrolments.remove(SecondStep.id(user))) {
            return false;
        }
        audit.record(currentUser.username(), AuditAction.MFA_RESET_BY_ADMIN, user.username(),
                "user=" + user.username(), null);
        return true;
    }
}
