package com.complianceportal.user.service;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.base.security.Roles;
import com.complianceportal.session.LiveSession;
import com.complianceportal.session.LiveSessions;
import com.complianceportal.session.SessionStamp;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import com.complianceportal.user.domain.UserDirectory;
import com.complianceportal.user.domain.UserFilter;
import com.complianceportal.user.service.UserRefusedException.Field;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Administrators manage users: list and find them, create them, change their role, disable and enable them, lift a
 * sign-in lock, set a temporary password, and see and end their sessions. There is always an active administrator:
 * the last one can be neither disabled nor demoted, also when two administrators try at the same moment.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class UserAdministration {

    static final String LAST_ADMIN = "This is the only active administrator. Make another user an administrator"
            + " first, so that someone can still manage the portal.";

    private final PortalUserRepository users;
    private final UserDirectory directory;
    private final PasswordEncoder encoder;
    private final LiveSessions sessions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final Clock clock;

    UserAdministration(PortalUserRepository users, UserDirectory directory, PasswordEncoder encoder,
            LiveSessions sessions, CurrentUser currentUser, AuditLog audit, SignInThrottle throttle, Clock clock) {
        this.throttle = throttle;
        this.users = users;
        this.directory = directory;
        this.encoder = encoder;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> users(UserFilter filter, int offset, int limit) {
        Instant now = clock.instant();
        return directory.page(filter, throttle.delayedUsers(), now, offset, limit).stream().map(u -> account(u, now)).toList();
    }

    @Transactional(readOnly = true)
    public long count(UserFilter filter) {
        return directory.count(filter, throttle.delayedUsers(), clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> user(long id) {
        return users.findById(id).map(u -> account(u, clock.instant()));
    }

    /** Creates an enabled user with the initial password, which must meet the password policy. */
    public UserAccount create(NewUser request) {
        String username = UserRules.username(request.username());
        String displayName = UserRules.displayName(request.displayName());
        String email = UserRules.email(request.email());
        PasswordPolicy.problem(username, request.password().reveal()).ifPresent(problem -> {
            throw new UserRefusedException(Field.PASSWORD, problem);
        });
        if (users.findByUsername(username).isPresent()) {
            throw new UserRefusedException(Field.USERNAME, "A user with this user name exists already.");
        }
        Instant now = clock.instant();
        PortalUser created;
        try {
            created = users.save(PortalUser.create(username, displayName, encoder.encode(request.password().reveal()),
                    request.role(), now).withEmail(email));
        } catch (DuplicateKeyException createdMeanwhile) {
            throw new UserRefusedException(Field.USERNAME, "A user with this user name exists already.");
        }
        record(AuditAction.USER_CREATED, username, "role=" + request.role().name());
        return account(created, now);
    }

    public void changeRole(long id, Role role) {
        directory.lockAdministrators();
        PortalUser user = existing(id);
        if (user.role() == role) {
            return;
        }
        if (role != Role.ADMIN) {
            keepAnAdministrator(user);
        }
        users.save(user.withRole(role));
        record(AuditAction.USER_ROLE_CHANGED, user.username(), "from=" + user.role().name() + " to=" + role.name());
    }

    /** Disables the user and ends all their sessions at once. */
    public void disable(long id) {
        directory.lockAdministrators();
        PortalUser user = existing(id);
        if (user.username().equals(currentUser.username())) {
            throw new UserRefusedException(Field.USER, "You cannot disable your own account.");
        }
        if (!user.enabled()) {
            return;
        }
        keepAnAdministrator(user);
        users.save(user.withEnabled(false));
        users.endSessionsBefore(user.username(), SessionStamp.now());
        record(AuditAction.USER_DISABLED, user.username(), null);
        AfterCommit.run(() -> endAll(user.username(), "disabled"));
    }

    public void enable(long id) {
        PortalUser user = existing(id);
        if (!user.enabled()) {
            users.save(user.withEnabled(true));
            record(AuditAction.USER_ENABLED, user.username(), null);
        }
    }

    /** Lifts a sign-in lock: forgets the failed attempts, stored and counted by sign-in throttling alike. */
    public void unlock(long id) {
        PortalUser user = existing(id);
        boolean delayed = throttle.delayedUntil(user.username()).isPresent();
        throttle.clear(user.username());
        if (delayed || user.isLockedAt(clock.instant()) || user.failedAttempts() > 0) {
            users.save(user.unlocked());
            record(AuditAction.USER_UNLOCKED, user.username(), null);
        }
    }

    private UserAccount account(PortalUser user, Instant now) {
        return UserAccount.of(user, now, throttle.delayedUntil(user.username()).orElse(null));
    }

    /**
     * Sets a temporary password, which must meet the password policy; the user must choose a new one at their next
     * sign-in, and all their sessions end.
     */
    public void resetPassword(long id, Secret temporaryPassword) {
        PortalUser user = existing(id);
        PasswordPolicy.problem(user.username(), temporaryPassword.reveal()).ifPresent(problem -> {
            throw new UserRefusedException(Field.PASSWORD, problem);
        });
        users.save(user.withTemporaryPassword(encoder.encode(temporaryPassword.reveal()), clock.instant()));
        users.endSessionsBefore(user.username(), SessionStamp.now());
        record(AuditAction.PASSWORD_RESET, user.username(), null);
        AfterCommit.run(() -> endAll(user.username(), "password reset"));
    }

    /** The user's live sessions on this portal instance. */
    @Transactional(readOnly = true)
    public List<LiveSession> sessions(long id) {
        return sessions.of(existing(id).username());
    }

    /** Ends one session of the user; returns whether it was still live. */
    public boolean endSession(long id, String handle) {
        String username = existing(id).username();
        boolean ended = sessions.end(username, handle);
        if (ended) {
            record(AuditAction.SESSION_ENDED, username, "sessions=1 reason=ended by an administrator");
        }
        return ended;
    }

    /** Ends every session of the user; returns how many there were. */
    public int endAllSessions(long id) {
        String username = existing(id).username();
        users.endSessionsBefore(username, SessionStamp.now());
        return endAll(username, "ended by an administrator");
    }

    private int endAll(String username, String reason) {
        int ended = sessions.endAll(username);
        if (ended > 0) {
            record(AuditAction.SESSION_ENDED, username, "sessions=" + ended + " reason=" + reason);
        }
        return ended;
    }

    /** Refuses when the user is the only enabled administrator; call with the administrators locked. */
    private void keepAnAdministrator(PortalUser user) {
        if (user.role() == Role.ADMIN && user.enabled() && directory.activeAdministratorsOtherThan(id(user)) == 0) {
            throw new LastAdministratorException(LAST_ADMIN);
        }
    }

    private PortalUser existing(long id) {
        return users.findById(id).orElseThrow(() -> new UserRefusedException(Field.USER,
                "This user no longer exists."));
    }

    private static long id(PortalUser user) {
        Long id = user.id();
        if (id == null) {
            throw new IllegalStateException("A stored user without an id");
        }
        return id;
    }

    private void record(AuditAction action, String target, @Nullable String more) {
        audit.record(currentUser.username(), action, target, "user=" + target + (more == null ? "" : " " + more),
                remoteAddress());
    }

    private static @Nullable String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
