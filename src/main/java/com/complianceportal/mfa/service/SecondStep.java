package com.complianceportal.mfa.service;

import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of the sign-in. After a right password, {@link #begin} decides whether a code is due (the user has
 * two-step sign-in) or an enrolment (an administrator who must have it and has not); the session then holds only a
 * {@link PendingSignIn}, no authentication. The code page, open to anonymous users only, passes the code here; only
 * a right code gives the authentication, with Spring Security's password factor and a TOTP factor.
 */
@Service
@Transactional(noRollbackFor = CodeRefusedException.class)
public class SecondStep {

    /** The factor authority that a passed code adds: {@code FACTOR_TOTP}. */
    public static final String TOTP_FACTOR = "TOTP";
    /** How long a right password waits for its second step. */
    static final Duration PATIENCE = Duration.ofMinutes(5);

    private final TotpEnrolments enrolments;
    private final PortalUserRepository users;
    private final MfaPolicy policy;
    private final Clock clock;

    SecondStep(TotpEnrolments enrolments, PortalUserRepository users, MfaPolicy policy, Clock clock) {
        this.enrolments = enrolments;
        this.users = users;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * The second step due after the password step, or empty when the password suffices. Called by the sign-in
     * success handler with what the password step authenticated; whoever holds that may ask.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PendingSignIn> begin(Authentication passwordStep) {
        if (!passwordStep.isAuthenticated()) {
            throw new IllegalArgumentException("The password step did not authenticate");
        }
        PortalUser user = users.findByUsername(passwordStep.getName())
                .orElseThrow(() -> new IllegalStateException("A signed-in user without a record"));
        long userId = id(user);
        if (enrolments.enrolled(userId)) {
            return Optional.of(new PendingSignIn(passwordStep, userId, clock.instant(), false));
        }
        if (policy.requires(user.role())) {
            return Optional.of(new PendingSignIn(passwordStep, userId, clock.instant(), true));
        }
        return Optional.empty();
    }

    /** Checks a code or a recovery code for a pending sign-in. */
    @PreAuthorize("isAnonymous()")
    public SignInCompletion verify(PendingSignIn pending, String code) {
        stillWaiting(pending);
        if (pending.enrolmentDue()) {
            throw new CodeRefusedException(CodeRefusedException.Reason.NOT_ENROLLED, null);
        }
        int left = enrolments.check(pending.userId(), pending.username(), code, true, address(pending));
        return new SignInCompletion(signedIn(pending), left, null);
    }

    /** A new secret for the administrator whose enrolment is due before the sign-in can finish. */
    @PreAuthorize("isAnonymous()")
    public EnrolmentOffer offerEnrolment(PendingSignIn pending) {
        stillWaiting(pending);
        requireEnrolmentDue(pending);
        return enrolments.start(pending.userId(), pending.username());
    }

    /** Confirms that enrolment with a code; the sign-in then finishes, with the first recovery codes to show. */
    @PreAuthorize("isAnonymous()")
    public SignInCompletion confirmEnrolment(PendingSignIn pending, String code) {
        stillWaiting(pending);
        requireEnrolmentDue(pending);
        RecoveryCodeList codes = enrolments.confirm(pending.userId(), pending.username(), code, address(pending));
        return new SignInCompletion(signedIn(pending), RecoveryCodeHashing.COUNT, codes);
    }

    private void stillWaiting(PendingSignIn pending) {
        if (pending.startedAt().plus(PATIENCE).isBefore(clock.instant())) {
            throw new CodeRefusedException(CodeRefusedException.Reason.EXPIRED, null);
        }
    }

    private static void requireEnrolmentDue(PendingSignIn pending) {
        if (!pending.enrolmentDue()) {
            throw new CodeRefusedException(CodeRefusedException.Reason.NOT_ENROLLED, null);
        }
    }

    private Authentication signedIn(PendingSignIn pending) {
        Authentication password = pending.passwordStep();
        List<GrantedAuthority> authorities = new ArrayList<>(password.getAuthorities());
        authorities.add(FactorGrantedAuthority.withFactor(TOTP_FACTOR).issuedAt(clock.instant()).build());
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(password.getPrincipal(), null, authorities);
        signedIn.setDetails(password.getDetails());
        return signedIn;
    }

    private static @Nullable String address(PendingSignIn pending) {
        return pending.passwordStep().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    static long id(PortalUser user) {
        Long id = user.id();
        if (id == null) {
            throw new IllegalStateException("A stored user without an id");
        }
        return id;
    }
}
