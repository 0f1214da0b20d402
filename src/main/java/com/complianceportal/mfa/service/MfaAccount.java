package com.complianceportal.mfa.service;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.base.security.Roles;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.service.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own two-step sign-in, for the account page: set it up, confirm it with a code, new recovery
 * codes, turn it off. Every role may use it, for itself only.
 */
@Service
@Transactional(noRollbackFor = CodeRefusedException.class)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class MfaAccount {

    private final TotpEnrolments enrolments;
    private final CurrentUser currentUser;
    private final MfaPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    MfaAccount(TotpEnrolments enrolments, CurrentUser currentUser, MfaPolicy policy, PasswordEncoder encoder,
            AuditLog audit) {
        this.enrolments = enrolments;
        this.currentUser = currentUser;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public TwoStepStatus status() {
        PortalUser user = currentUser.user();
        return enrolments.status(SecondStep.id(user), policy.requires(user.role()));
    }

    /** A new secret to add to an authenticator app; the enrolment counts once {@link #confirmEnrolment} passes. */
    public EnrolmentOffer startEnrolment() {
        PortalUser user = currentUser.user();
        return enrolments.start(SecondStep.id(user), user.username());
    }

    /** Confirms the started enrolment with a code from the app; returns the recovery codes to show once. */
    public RecoveryCodeList confirmEnrolment(String code) {
        PortalUser user = currentUser.user();
        return enrolments.confirm(SecondStep.id(user), user.username(), code, null);
    }

    /** New recovery codes in place of all earlier ones, after a current code from the app. */
    public RecoveryCodeList regenerateRecoveryCodes(String code) {
        PortalUser user = currentUser.user();
        long id = SecondStep.id(user);
        enrolments.check(id, user.username(), code, false, null);
        return enrolments.newRecoveryCodes(id);
    }

    /**
     * Turns two-step sign-in off after a current code or the password. Refused when the portal requires it for the
     * user's role.
     */
    public void disable(String codeOrPassword) {
        PortalUser user = currentUser.user();
        if (policy.requires(user.role())) {
            throw new AccessDeniedException("Two-step sign-in is required for this role");
        }
        long id = SecondStep.id(user);
        String compact = codeOrPassword.replace(" ", "");
        if (Totp.looksLikeCode(compact)) {
            enrolments.check(id, user.username(), compact, false, null);
        } else {
            enrolments.refuseWhileBlocked(id);
            if (!encoder.matches(codeOrPassword, user.passwordHash())) {
                throw enrolments.refusedProof(id, user.username(), null);
            }
        }
        if (enrolments.remove(id)) {
            audit.record(user.username(), AuditAction.MFA_DISABLED, null, null);
        }
    }
}
