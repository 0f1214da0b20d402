package com.complianceportal.mfa.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.mfa.service.PendingSignIn;
import com.complianceportal.mfa.service.PendingSignIns;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * The code page for an administrator who must set up two-step sign-in before the sign-in finishes: the set-up is
 * all the page offers, a wrong code is refused, and a right code confirms the enrolment and ends the pending
 * sign-in, on the way to signing the session in.
 */
@SpringBootTest
@WithAnonymousUser
class CodeViewTest extends SpringBrowserlessTest {

    static final String ADMIN = "mfa-forced-admin";

    @Autowired
    PortalUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void withoutEnrolment() {
        users.findByUsername(ADMIN).ifPresent(user -> {
            jdbc.update("DELETE FROM mfa_recovery_code WHERE user_id = ?", user.id());
            jdbc.update("DELETE FROM mfa_enrolment WHERE user_id = ?", user.id());
        });
    }

    @Test
    void an_administrator_due_to_enrol_can_only_set_up_two_step_sign_in_and_a_right_code_confirms_it() throws Exception {
        PortalUser admin = users.findByUsername(ADMIN).orElseGet(() -> users.save(PortalUser.create(ADMIN,
                "Forced Admin", encoder.encode("a-long-enough-password"), Role.ADMIN, Instant.now())));
        PendingSignIn pending = PendingSignIns.of(ADMIN, admin.id(), "ADMIN", true);
        VaadinSession.getCurrent().getSession().setAttribute(PendingSignIn.SESSION_ATTRIBUTE, pending);

        navigate(CodeView.class);
        String key = $(Span.class).id("two-step-key").getText();
        assertThat($(Button.class).withText("Verify").exists()).isFalse();

        test($(TextField.class).id("two-step-code")).setValue("000000".equals(codeNow(key)) ? "111111" : "000000");
        test($(Button.class).id("two-step-confirm")).click();
        assertThat($(TextField.class).id("two-step-code").isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication().isAuthenticated()
                && SecurityContextHolder.getContext().getAuthentication().getName().equals(ADMIN)).isFalse();

        test($(TextField.class).id("two-step-code")).setValue(codeNow(key));
        // The browserless request cannot change a session id, the last step of signing the session in (which
        // TwoStepSignInIT sees in Chromium); everything before it has happened by then.
        assertThatThrownBy(() -> test($(Button.class).id("two-step-confirm")).click())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(jdbc.queryForObject("SELECT confirmed_at IS NOT NULL FROM mfa_enrolment WHERE user_id = ?",
                Boolean.class, admin.id())).as("the enrolment is confirmed").isTrue();
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(PendingSignIn.SESSION_ATTRIBUTE))
                .as("the pending sign-in is gone").isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isNotEqualTo(ADMIN);
    }

    private static String codeNow(String groupedKey) throws Exception {
        var totp = new TimeBasedOneTimePasswordGenerator();
        byte[] secret = new Base32().decode(groupedKey.replace(" ", ""));
        return totp.generateOneTimePasswordString(new SecretKeySpec(secret, totp.getAlgorithm()), Instant.now(),
                Locale.ROOT);
    }
}
