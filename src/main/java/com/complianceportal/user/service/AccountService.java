package com.complianceportal.user.service;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.base.security.Roles;
import com.complianceportal.session.LiveSession;
import com.complianceportal.session.LiveSessions;
import com.complianceportal.session.SessionStamp;
import com.complianceportal.user.domain.ColorScheme;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.RegionalSettings;
import com.complianceportal.user.domain.UserRegions;
import com.complianceportal.user.service.PasswordChangeException.Field;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own account: profile, password, appearance, signed-in sessions. Every role may use it for
 * itself only.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class AccountService {

    private final PortalUserRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final LiveSessions sessions;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final UserRegions regions;

    AccountService(PortalUserRepository users, CurrentUser currentUser, PasswordEncoder encoder, AuditLog audit,
            LiveSessions sessions, SignInThrottle throttle, Clock clock, UserRegions regions) {
        this.users = users;
        this.currentUser = currentUser;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    public AccountInfo myAccount() {
        PortalUser user = currentUser();
        return new AccountInfo(user.username(), user.displayName(), user.role(), user.colorScheme());
    }

    public void changePassword(String currentPassword, String newPassword) {
        PortalUser user = currentUser();
        checkCurrentPassword(user, currentPassword);
        PasswordPolicy.problem(user.username(), newPassword).ifPresent(problem -> {
            throw new PasswordChangeException(Field.NEW_PASSWORD, problem);
        });
        if (encoder.matches(newPassword, user.passwordHash())) {
            throw new PasswordChangeException(Field.NEW_PASSWORD, "Choose a password you are not using now.");
        }
        users.save(user.withPasswordHash(encoder.encode(newPassword), clock.instant()));
        audit.record(user.username(), AuditAction.PASSWORD_CHANGED, null, null);
        // Whoever else holds a session with the old password loses it, on every instance; this one stays signed in.
        Instant ended = SessionStamp.now();
        users.endSessionsBefore(user.username(), ended);
        AfterCommit.run(() -> endOthers(user.username(), ended, "password change"));
    }

    /**
     * Whether the user must choose a new password before anything else (after a reset, or a generated one). A signed-in
     * name without a user record has nothing to change: what it opens refuses it on its own.
     */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return users.findByUsername(currentUser.username()).map(PortalUser::mustChangePassword).orElse(false);
    }

    /** The user's own signed-in sessions on this portal instance, the current one marked. */
    @Transactional(readOnly = true)
    public List<LiveSession> mySessions() {
        return sessions.of(currentUser.username());
    }

    /** Ends every session of the user but the current one; returns how many were ended. */
    public int endMyOtherSessions() {
        String username = currentUser.username();
        Instant ended = SessionStamp.now();
        users.endSessionsBefore(username, ended);
        return endOthers(username, ended, "by the user");
    }

    /**
     * Ends the user's other sessions on this instance now; those on other instances end at their next request, as
     * they were signed in before {@code endedAt}.
     */
    private int endOthers(String username, Instant endedAt, String reason) {
        int ended = sessions.endOthers(username, endedAt);
        if (ended > 0) {
            audit.record(username, AuditAction.SESSION_ENDED, username,
                    "user=" + username + " sessions=" + ended + " reason=" + reason, null);
        }
        return ended;
    }

    /** Wrong current passwords are audited and, after a few, slowed down like sign-ins: guessing costs time. */
    private void checkCurrentPassword(PortalUser user, String currentPassword) {
        var refusal = throttle.checkReentry(user.username());
        if (refusal.isPresent()) {
            audit.record(user.username(), AuditAction.PASSWORD_CHANGE_REFUSED,
                    "refused for " + refusal.get().seconds() + " s: " + refusal.get().limit(), null);
            throw new PasswordChangeException(Field.CURRENT_PASSWORD, "Too many attempts with a wrong current password."
                    + " Try again in " + refusal.get().seconds() + " seconds.");
        }
        if (!encoder.matches(currentPassword, user.passwordHash())) {
            throttle.reentryFailed(user.username());
            audit.record(user.username(), AuditAction.PASSWORD_CHANGE_REFUSED, "wrong current password", null);
            throw new PasswordChangeException(Field.CURRENT_PASSWORD, "The current password is not correct.");
        }
        throttle.reentrySucceeded(user.username());
    }

    public void setColorScheme(ColorScheme scheme) {
        PortalUser user = currentUser();
        if (user.colorScheme() != scheme) {
            users.save(user.withColorScheme(scheme));
        }
    }

    /** The language and time zone the user chose; both follow the browser until the user chooses. */
    @Transactional(readOnly = true)
    public RegionalSettings myRegionalSettings() {
        return regions.find(currentUser.username()).orElse(RegionalSettings.BROWSER);
    }

    public void setRegionalSettings(RegionalSettings settings) {
        regions.save(currentUser.username(), settings);
    }

    private PortalUser currentUser() {
        return currentUser.user();
    }
}
