package com.complianceportal.mfa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.apikey.crypto.Keyring;
import com.complianceportal.apikey.crypto.MasterKey;
import com.complianceportal.apikey.crypto.UserSecretCipher;
import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.mfa.domain.Enrolments;
import com.complianceportal.mfa.domain.RecoveryCodes;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.codec.binary.Base32;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Enrolment, the second step and recovery codes against the real database and master key, with codes computed from
 * the key that the enrolment shows, as an authenticator app would.
 */
@SpringBootTest
class TwoStepIT {

    static final String USER = "mfa-it-user";
    static final String PASSWORD = "a-long-enough-password";

    @Autowired
    MfaAccount account;
    @Autowired
    SecondStep secondStep;
    @Autowired
    MfaAdministration administration;
    @Autowired
    TotpEnrolments core;
    @Autowired
    Enrolments enrolments;
    @Autowired
    RecoveryCodes recoveryCodes;
    @Autowired
    AuditLog auditLog;
    @Autowired
    PortalUserRepository users;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private Instant start;

    @BeforeEach
    void aUserOfTheirOwn() {
        start = Instant.now();
        if (users.findByUsername(USER).isEmpty()) {
            users.save(PortalUser.create(USER, "Mia Factor", encoder.encode(PASSWORD), Role.VIEWER, Instant.now()));
        }
        signedInAs(USER, "VIEWER");
    }

    @AfterEach
    void withoutEnrolment() {
        SecurityContextHolder.clearContext();
        long id = users.findByUsername(USER).orElseThrow().id();
        jdbc.update("DELETE FROM mfa_recovery_code WHERE user_id = ?", id);
        jdbc.update("DELETE FROM mfa_enrolment WHERE user_id = ?", id);
    }

    @Test
    void enrolment_counts_only_once_confirmed_with_a_right_code_and_gives_ten_recovery_codes() {
        EnrolmentOffer offer = account.startEnrolment();
        assertThat(offer.otpauthUri()).startsWith("otpauth://totp/Compliance%20Portal:" + USER + "?secret=")
                .contains("&issuer=Compliance%20Portal").doesNotContain(" ");
        assertThat(offer.groupedKey()).matches("[A-Z2-7]{4}( [A-Z2-7]{4}){7}");
        assertThat(offer.toString()).doesNotContain(offer.groupedKey().substring(0, 4) + " ");
        assertThat(account.status().enrolled()).isFalse();

        assertRefused(() -> account.confirmEnrolment("000000".equals(codeNow(offer)) ? "111111" : "000000"),
                CodeRefusedException.Reason.WRONG);
        assertThat(account.status().enrolled()).isFalse();

        RecoveryCodeList codes = account.confirmEnrolment(codeNow(offer));
        assertThat(codes.codes()).hasSize(10);
        assertThat(codes.toString()).doesNotContain(codes.codes().get(0));
        TwoStepStatus status = account.status();
        assertThat(status.enrolled()).isTrue();
        assertThat(status.recoveryCodesLeft()).isEqualTo(10);
        assertThat(actions()).contains(AuditAction.MFA_ENROLLED, AuditAction.MFA_CODE_REFUSED);
    }

    @Test
    void the_secret_is_stored_only_sealed_and_bound_to_its_user() {
        EnrolmentOffer offer = account.startEnrolment();
        byte[] secret = secretOf(offer);
        byte[] stored = enrolments.find(userId()).orElseThrow().ciphertext();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(secret, StandardCharsets.ISO_8859_1));
        assertThat(indexOf(stored, secret)).isNegative();
        assertThat(jdbc.queryForList("SELECT * FROM mfa_enrolment").toString())
                .doesNotContain(offer.groupedKey().replace(" ", ""));
    }

    @Test
    void a_wrong_an_expired_and_a_replayed_code_are_refused_at_sign_in() {
        EnrolmentOffer offer = enrolled();
        byte[] secret = secretOf(offer);
        PendingSignIn pending = passwordStep();
        assertThat(pending.enrolmentDue()).isFalse();
        anonymous();
        long now = Totp.step(clock.instant());

        assertRefused(() -> secondStep.verify(pending, "12345"), CodeRefusedException.Reason.WRONG);
        assertRefused(() -> secondStep.verify(pending, Totp.code(secret, now - 3)), CodeRefusedException.Reason.WRONG);
        SignInCompletion done = secondStep.verify(pending, Totp.code(secret, now + 1));
        assertThat(done.authentication().getName()).isEqualTo(USER);
        assertThat(done.authentication().getAuthorities()).extracting(a -> a.getAuthority())
                .contains("ROLE_VIEWER", "FACTOR_TOTP");
        assertThat(done.recoveryCodesLeft()).isEqualTo(-1);
        assertRefused(() -> secondStep.verify(pending, Totp.code(secret, now + 1)), CodeRefusedException.Reason.WRONG);
        assertRefused(() -> secondStep.verify(pending, Totp.code(secret, now)), CodeRefusedException.Reason.WRONG);
        assertThat(actions()).contains(AuditAction.MFA_CODE_ACCEPTED, AuditAction.MFA_CODE_REFUSED);
        assertThat(audit.findByUsernameOrderByOccurredAtDesc(USER)).allSatisfy(event ->
                assertThat(String.valueOf(event.detail())).doesNotContain(Totp.code(secret, now + 1)));
    }

    @Test
    void a_recovery_code_works_exactly_once() {
        enrolled();
        PendingSignIn pending = passwordStep();
        anonymous();
        RecoveryCodeList codes = recoveryCodesAfterEnrolment;

        SignInCompletion done = secondStep.verify(pending, codes.codes().get(3).toLowerCase(Locale.ROOT));
        assertThat(done.recoveryCodesLeft()).isEqualTo(9);
        assertRefused(() -> secondStep.verify(pending, codes.codes().get(3)), CodeRefusedException.Reason.WRONG);
        assertThat(actions()).contains(AuditAction.MFA_RECOVERY_CODE_USED);
        signedInAs(USER, "VIEWER");
        assertThat(account.status().recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void five_wrong_codes_pause_code_entry_even_for_the_right_code() {
        EnrolmentOffer offer = enrolled();
        PendingSignIn pending = passwordStep();
        anonymous();
        for (int i = 1; i <= 4; i++) {
            assertRefused(() -> secondStep.verify(pending, "999999".equals(codeNow(offer)) ? "888888" : "999999"),
                    CodeRefusedException.Reason.WRONG);
        }
        assertRefused(() -> secondStep.verify(pending, "abc"), CodeRefusedException.Reason.BLOCKED);
        assertRefused(() -> secondStep.verify(pending, codeNow(offer)), CodeRefusedException.Reason.BLOCKED);
        assertThat(actions()).contains(AuditAction.MFA_LOCKED);
        assertThat(enrolments.find(userId()).orElseThrow().blockedUntil())
                .isAfter(clock.instant().plusSeconds(20));
    }

    @Test
    void an_administrator_without_enrolment_must_enrol_where_it_is_required_but_never_in_demo() {
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        var demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        assertThat(new MfaPolicy(new MfaSettings(true), prod).requires(Role.ADMIN)).isTrue();
        assertThat(new MfaPolicy(new MfaSettings(true), prod).requires(Role.ASSESSOR)).isFalse();
        assertThat(new MfaPolicy(new MfaSettings(false), prod).requires(Role.ADMIN)).isFalse();
        assertThat(new MfaPolicy(new MfaSettings(true), demo).requires(Role.ADMIN)).isFalse();

        var strict = new SecondStep(core, users, new MfaPolicy(new MfaSettings(true), prod), clock);
        Authentication admin = UsernamePasswordAuthenticationToken.authenticated(
                User.withUsername("admin").password("x").roles("ADMIN").build(), null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", FactorGrantedAuthority.PASSWORD_AUTHORITY));
        assertThat(strict.begin(admin)).hasValueSatisfying(p -> assertThat(p.enrolmentDue()).isTrue());
        assertThat(secondStep.begin(admin)).as("the demo profile of the tests").isEmpty();
    }

    @Test
    void an_administrator_resets_a_users_two_step_sign_in() {
        enrolled();
        signedInAs("admin", "ADMIN");
        assertThat(administration.enrolled(USER)).isTrue();
        assertThat(administration.reset(USER)).isTrue();
        assertThat(administration.enrolled(USER)).isFalse();
        assertThat(administration.reset(USER)).isFalse();
        assertThat(audit.findByUsernameOrderByOccurredAtDesc("admin")).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.MFA_RESET_BY_ADMIN);
            assertThat(event.detail()).isEqualTo("user=" + USER);
        });
        assertThat(passwordStepResult()).as("the password suffices again").isEmpty();
    }

    @Test
    void turning_off_needs_a_current_code_or_the_password() {
        EnrolmentOffer offer = enrolled();
        assertRefused(() -> account.disable("not-the-password"), CodeRefusedException.Reason.WRONG);
        assertThat(account.status().enrolled()).isTrue();
        account.disable(PASSWORD);
        assertThat(account.status().enrolled()).isFalse();
        assertThat(actions()).contains(AuditAction.MFA_DISABLED);

        offer = enrolled();
        byte[] secret = secretOf(offer);
        account.disable(Totp.code(secret, Totp.step(clock.instant()) + 1));
        assertThat(account.status().enrolled()).isFalse();
    }

    @Test
    void new_recovery_codes_replace_the_old_ones_after_a_current_code() {
        EnrolmentOffer offer = enrolled();
        RecoveryCodeList old = recoveryCodesAfterEnrolment;
        String next = Totp.code(secretOf(offer), Totp.step(clock.instant()) + 1);
        RecoveryCodeList fresh = account.regenerateRecoveryCodes(next);
        assertThat(fresh.codes()).hasSize(10).doesNotContainAnyElementsOf(old.codes());
        PendingSignIn pending = passwordStep();
        anonymous();
        assertRefused(() -> secondStep.verify(pending, old.codes().get(0)), CodeRefusedException.Reason.WRONG);
        assertThat(secondStep.verify(pending, fresh.codes().get(0)).recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void each_role_reaches_only_its_own_operations() {
        List<ThrowingCallable> adminOnly = List.of(() -> administration.reset(USER),
                () -> administration.enrolled(USER));
        List<ThrowingCallable> signedIn = List.of(() -> account.status(), () -> account.startEnrolment(),
                () -> account.confirmEnrolment("123456"), () -> account.disable("x"),
                () -> account.regenerateRecoveryCodes("123456"));
        PendingSignIn pending = passwordStepResult().orElse(null);
        List<ThrowingCallable> anonymousOnly = List.of(() -> secondStep.verify(pending, "123456"),
                () -> secondStep.offerEnrolment(pending), () -> secondStep.confirmEnrolment(pending, "123456"));

        for (String role : List.of("VIEWER", "ASSESSOR")) {
            signedInAs(USER, role);
            adminOnly.forEach(call -> assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class));
            anonymousOnly.forEach(call -> assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class));
        }
        signedInAs("admin", "ADMIN");
        anonymousOnly.forEach(call -> assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class));
        anonymous();
        adminOnly.forEach(call -> assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class));
        signedIn.forEach(call -> assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void a_master_key_rotation_moves_the_secret_to_the_new_key_and_codes_still_work() {
        MasterKey old = MasterKey.generate();
        MasterKey fresh = MasterKey.generate();
        var underOld = new TotpEnrolments(enrolments, recoveryCodes, new UserSecretCipher(new Keyring(old, List.of())),
                auditLog, clock);
        EnrolmentOffer offer = underOld.start(userId(), USER);
        byte[] secret = secretOf(offer);
        long step = Totp.step(clock.instant());
        underOld.confirm(userId(), USER, Totp.code(secret, step), null);
        assertThat(enrolments.find(userId()).orElseThrow().keyVersion()).isEqualTo(old.version());

        var rotating = new TotpEnrolments(enrolments, recoveryCodes,
                new UserSecretCipher(new Keyring(fresh, List.of(old))), auditLog, clock);
        assertThat(rotating.resealOutdated()[0]).isPositive();
        assertThat(enrolments.find(userId()).orElseThrow().keyVersion()).isEqualTo(fresh.version());

        var newOnly = new TotpEnrolments(enrolments, recoveryCodes, new UserSecretCipher(new Keyring(fresh, List.of())),
                auditLog, clock);
        assertThat(newOnly.check(userId(), USER, Totp.code(secret, step + 1), false, null)).isEqualTo(-1);
    }

    private RecoveryCodeList recoveryCodesAfterEnrolment;

    /** Enrols the test user (signed in as them) and keeps the recovery codes. */
    private EnrolmentOffer enrolled() {
        signedInAs(USER, "VIEWER");
        EnrolmentOffer offer = account.startEnrolment();
        recoveryCodesAfterEnrolment = account.confirmEnrolment(codeNow(offer));
        return offer;
    }

    private PendingSignIn passwordStep() {
        return passwordStepResult().orElseThrow();
    }

    private Optional<PendingSignIn> passwordStepResult() {
        Authentication password = UsernamePasswordAuthenticationToken.authenticated(
                User.withUsername(USER).password("x").roles("VIEWER").build(), null,
                AuthorityUtils.createAuthorityList("ROLE_VIEWER", FactorGrantedAuthority.PASSWORD_AUTHORITY));
        return secondStep.begin(password);
    }

    private static String codeNow(EnrolmentOffer offer) {
        return Totp.code(secretOf(offer), Totp.step(Instant.now()));
    }

    private static byte[] secretOf(EnrolmentOffer offer) {
        return new Base32().decode(offer.groupedKey().replace(" ", ""));
    }

    private long userId() {
        return users.findByUsername(USER).orElseThrow().id();
    }

    private List<AuditAction> actions() {
        return audit.findByUsernameOrderByOccurredAtDesc(USER).stream().filter(e -> !e.occurredAt().isBefore(start))
                .map(AuditEvent::action).toList();
    }

    private static void assertRefused(ThrowingCallable call, CodeRefusedException.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CodeRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void signedInAs(String username, String role) {
        var context = SecurityContextHolder.createEmptyContext();
        List<String> roles = switch (role) {
            case "ADMIN" -> List.of("ROLE_ADMIN", "ROLE_ASSESSOR", "ROLE_VIEWER");
            case "ASSESSOR" -> List.of("ROLE_ASSESSOR", "ROLE_VIEWER");
            default -> List.of("ROLE_VIEWER");
        };
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(roles)));
        SecurityContextHolder.setContext(context);
    }

    private static void anonymous() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }
}
