package com.complianceportal.mfa.service;

import com.complianceportal.apikey.crypto.UserSecretCipher;
import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.mfa.domain.Enrolment;
import com.complianceportal.mfa.domain.Enrolments;
import com.complianceportal.mfa.domain.RecoveryCodes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work behind every two-step operation, by user id: sealing a new secret, checking a code (with the replay guard
 * and the throttle), recovery codes, turning it off. Internal: the public services check who may ask, then call it.
 * A refused code is counted and audited, and that is kept although the call ends with {@link CodeRefusedException}.
 */
@Component
@Transactional(noRollbackFor = CodeRefusedException.class)
class TotpEnrolments {

    static final String PURPOSE = "totp_secret";
    static final String ISSUER = "Compliance Portal";
    /** Wrong codes in a row before code entry pauses; each further wrong code doubles the pause. */
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);

    private final Enrolments enrolments;
    private final RecoveryCodes recoveryCodes;
    private final UserSecretCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TotpEnrolments(Enrolments enrolments, RecoveryCodes recoveryCodes, UserSecretCipher cipher, AuditLog audit,
            Clock clock) {
        this.enrolments = enrolments;
        this.recoveryCodes = recoveryCodes;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean enrolled(long userId) {
        return enrolments.find(userId).map(Enrolment::confirmed).orElse(false);
    }

    @Transactional(readOnly = true)
    TwoStepStatus status(long userId, boolean required) {
        return enrolments.find(userId).filter(Enrolment::confirmed)
                .map(e -> new TwoStepStatus(true, e.confirmedAt(), recoveryCodes.countUnused(userId), required))
                .orElse(new TwoStepStatus(false, null, 0, required));
    }

    /** A new secret for a user without a confirmed enrolment; an earlier unconfirmed one is replaced. */
    EnrolmentOffer start(long userId, String username) {
        if (enrolled(userId)) {
            throw new CodeRefusedException(CodeRefusedException.Reason.NOT_ENROLLED, null);
        }
        byte[] secret = new byte[Totp.SECRET_BYTES];
        random.nextBytes(secret);
        try {
            UserSecretCipher.Sealed sealed = cipher.seal(PURPOSE, userId, secret);
            enrolments.replaceWithUnconfirmed(userId, sealed.keyVersion(), sealed.ciphertext(), clock.instant());
            String key = new Base32().encodeToString(secret);
            return new EnrolmentOffer(otpauthUri(username, key), grouped(key));
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Confirms a started enrolment with a code from the app; gives the first recovery codes. */
    RecoveryCodeList confirm(long userId, String username, String typed, @Nullable String address) {
        Enrolment enrolment = enrolments.findForUpdate(userId).filter(e -> !e.confirmed())
                .orElseThrow(() -> new CodeRefusedException(CodeRefusedException.Reason.NOT_ENROLLED, null));
        checkTotp(enrolment, username, typed, address);
        enrolments.confirm(userId, clock.instant());
        audit.record(username, AuditAction.MFA_ENROLLED, null, address);
        return newRecoveryCodes(userId);
    }

    /**
     * Checks a code of a confirmed enrolment: a TOTP code, or when {@code recoveryAllowed} a recovery code (which is
     * used up). Returns the number of unused recovery codes left when a recovery code was used, else -1.
     */
    int check(long userId, String username, String typed, boolean recoveryAllowed, @Nullable String address) {
        Enrolment enrolment = enrolments.findForUpdate(userId).filter(Enrolment::confirmed)
                .orElseThrow(() -> new CodeRefusedException(CodeRefusedException.Reason.NOT_ENROLLED, null));
        String compact = typed.replace(" ", "").strip();
        if (recoveryAllowed && !Totp.looksLikeCode(compact)) {
            refuseWhileBlocked(enrolment);
            int left = useRecoveryCode(userId, RecoveryCodeHashing.normalised(compact));
            if (left >= 0) {
                enrolments.clearFailures(userId);
                audit.record(username, AuditAction.MFA_RECOVERY_CODE_USED, left + " left", address);
                return left;
            }
            throw refused(enrolment, username, address);
        }
        checkTotp(enrolment, username, typed, address);
        return -1;
    }

    /** Counts a failed proof (such as a wrong password offered instead of a code) like a wrong code. */
    CodeRefusedException refusedProof(long userId, String username, @Nullable String address) {
        Enrolment enrolment = enrolments.findForUpdate(userId)
                .orElseThrow(() -> new CodeRefusedException(CodeRefusedException.Reason.NOT_ENROLLED, null));
        refuseWhileBlocked(enrolment);
        return refused(enrolment, username, address);
    }

    void refuseWhileBlocked(long userId) {
        enrolments.findForUpdate(userId).ifPresent(this::refuseWhileBlocked);
    }

    RecoveryCodeList newRecoveryCodes(long userId) {
        List<String> codes = RecoveryCodeHashing.newCodes(random);
        recoveryCodes.replaceAll(userId, codes.stream().map(c -> RecoveryCodeHashing.hashed(c, random)).toList());
        return new RecoveryCodeList(codes);
    }

    /** Removes the enrolment and the recovery codes; false when there was none. */
    boolean remove(long userId) {
        recoveryCodes.deleteAll(userId);
        return enrolments.delete(userId);
    }

    /**
     * Seals every secret that an earlier master key sealed under the current one (after a rotation); returns how
     * many moved and how many did not open with the configured keys.
     */
    int[] resealOutdated() {
        int moved = 0;
        int unreadable = 0;
        for (Enrolment enrolment : enrolments.notUnder(cipher.currentVersion())) {
            try {
                resealIfOutdated(enrolment);
                moved++;
            } catch (IllegalStateException wrongKey) {
                unreadable++;
            }
        }
        return new int[] {moved, unreadable};
    }

    private void checkTotp(Enrolment enrolment, String username, String typed, @Nullable String address) {
        refuseWhileBlocked(enrolment);
        String compact = typed.replace(" ", "").strip();
        OptionalLong step = OptionalLong.empty();
        if (Totp.looksLikeCode(compact)) {
            byte[] secret = open(enrolment);
            try {
                step = Totp.matchingStep(secret, compact, clock.instant(), enrolment.lastUsedStep());
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        }
        if (step.isEmpty() || !enrolments.useStep(enrolment.userId(), step.getAsLong())) {
            throw refused(enrolment, username, address);
        }
        if (enrolment.confirmed()) {
            audit.record(username, AuditAction.MFA_CODE_ACCEPTED, null, address);
        }
        resealIfOutdated(enrolment);
    }

    private int useRecoveryCode(long userId, String normalised) {
        if (!RecoveryCodeHashing.looksLikeRecoveryCode(normalised)) {
            return -1;
        }
        List<RecoveryCodes.Stored> unused = recoveryCodes.unused(userId);
        for (RecoveryCodes.Stored stored : unused) {
            if (RecoveryCodeHashing.matches(stored, normalised)
                    && recoveryCodes.markUsed(stored.id(), clock.instant())) {
                return unused.size() - 1;
            }
        }
        return -1;
    }

    private void refuseWhileBlocked(Enrolment enrolment) {
        if (enrolment.isBlockedAt(clock.instant())) {
            throw new CodeRefusedException(CodeRefusedException.Reason.BLOCKED, enrolment.blockedUntil());
        }
    }

    /** Counts a wrong code, audits it, and pauses code entry once too many came in a row. */
    private CodeRefusedException refused(Enrolment enrolment, String username, @Nullable String address) {
        int failures = enrolments.countFailure(enrolment.userId());
        audit.record(username, AuditAction.MFA_CODE_REFUSED, failures + " wrong in a row", address);
        if (failures < FREE_FAILURES) {
            return new CodeRefusedException(CodeRefusedException.Reason.WRONG, null);
        }
        Instant until = clock.instant().plus(pause(failures));
        enrolments.blockUntil(enrolment.userId(), until);
        audit.record(username, AuditAction.MFA_LOCKED, "code entry paused until " + until, address);
        return new CodeRefusedException(CodeRefusedException.Reason.BLOCKED, until);
    }

    static Duration pause(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private byte[] open(Enrolment enrolment) {
        try {
            return cipher.open(PURPOSE, enrolment.userId(), sealed(enrolment));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored TOTP secret of user id " + enrolment.userId()
                    + " does not open with the configured master key", e);
        }
    }

    /** After a master key rotation, a secret moves to the current key the next time it is used. */
    private void resealIfOutdated(Enrolment enrolment) {
        if (cipher.isOutdated(enrolment.keyVersion())) {
            byte[] secret = open(enrolment);
            try {
                UserSecretCipher.Sealed fresh = cipher.seal(PURPOSE, enrolment.userId(), secret);
                enrolments.reseal(enrolment.userId(), enrolment.keyVersion(), fresh.keyVersion(), fresh.ciphertext());
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }

    private static UserSecretCipher.Sealed sealed(Enrolment enrolment) {
        return new UserSecretCipher.Sealed(enrolment.keyVersion(), enrolment.ciphertext());
    }

    private static String otpauthUri(String username, String key) {
        String label = encode(ISSUER) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + key + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP.toSeconds();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String grouped(String key) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < key.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(key, i, Math.min(i + 4, key.length()));
        }
        return grouped.toString();
    }
}
