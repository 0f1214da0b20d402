package com.complianceportal.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.i18n.Texts;
import com.complianceportal.testsupport.ChromiumSession;
import com.complianceportal.testsupport.LoginPage;
import com.complianceportal.testsupport.MainPage;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInIT extends ChromiumSession {

    @Autowired
    PortalUserRepository users;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    PasswordEncoder encoder;



    LoginPage loginPage() {
        return new LoginPage(page, "http://localhost:" + port).open();
    }

    @ParameterizedTest
    @CsvSource({"viewer, Vera Viewer, Viewer", "assessor, Adam Assessor, Assessor", "admin, Alice Admin, Admin"})
    void each_demo_user_signs_in_and_out(String username, String name, String role) {
        MainPage main = loginPage().signInSuccessfully(username, username);
        assertThat(main.userMenuText()).contains(name).contains(role);

        main.signOut();
        assertThat(page.url()).contains("/login");
        page.navigate("http://localhost:" + port + "/account");
        page.locator("input[name=username]").waitFor();
        assertThat(page.url()).as("after signing out, pages need a new sign-in").contains("/login");
    }

    @Test
    void a_wrong_password_shows_the_generic_message_and_stays_on_the_login_page() {
        LoginPage login = loginPage();
        login.signInAs("viewer", "not-the-password");

        assertThat(login.showsFailure()).isTrue();
        assertThat(login.showsText(Texts.t(Locale.ENGLISH, "login.failed.message"))).isTrue();
    }

    @Test
    void an_unknown_user_gets_exactly_the_same_message() {
        LoginPage login = loginPage();
        login.signInAs("nobody-by-this-name", "whatever-password");

        assertThat(login.showsFailure()).isTrue();
        assertThat(login.showsText(Texts.t(Locale.ENGLISH, "login.failed.message"))).isTrue();
    }

    @Test
    void after_repeated_failures_the_next_attempt_waits_says_how_long_and_keeps_the_user_name() {
        users.save(PortalUser.create("lockme", "Lock Me", encoder.encode("right-password-123"), Role.VIEWER,
                Instant.now()));
        for (int attempt = 1; attempt <= 6; attempt++) {
            LoginPage login = loginPage();
            login.signInAs("lockme", "wrong-password-" + attempt);
            assertThat(login.showsFailure()).isTrue();
        }

        LoginPage login = loginPage();
        login.signInAs("lockme", "right-password-123");

        assertThat(login.showsFailure()).isTrue();
        assertThat(page.url()).contains("throttled=");
        assertThat(page.getByText(Pattern.compile(
                "^Too many sign-in attempts\\. Try again in [1-6][0-9] seconds\\.$")).isVisible()).isTrue();
        assertThat(login.username()).isEqualTo("lockme");
        var events = audit.findByUsernameOrderByOccurredAtDesc("lockme");
        assertThat(events).extracting(AuditEvent::action).startsWith(AuditAction.SIGN_IN_THROTTLED)
                .filteredOn(a -> a == AuditAction.SIGN_IN_FAILED).hasSize(6);
        assertThat(events).allSatisfy(e -> assertThat(e.remoteAddress()).isNotBlank());
    }
}
