package com.complianceportal.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class AccountViewTest extends SpringBrowserlessTest {

    PasswordChangeForm form;

    @BeforeEach
    void openAccountPage() {
        navigate(AccountView.class);
        form = find(PasswordChangeForm.class).single();
    }

    private void submit(String current, String next, String confirm) {
        test(form.current).setValue(current);
        test(form.next).setValue(next);
        test(form.confirm).setValue(confirm);
        test(form.save).click();
    }

    @Test
    void a_new_password_shorter_than_twelve_characters_is_refused() {
        submit("viewer", "short-pass1", "short-pass1");
        assertThat(form.next.isInvalid()).isTrue();
        assertThat(form.next.getErrorMessage()).contains("12 to 128");
    }

    @Test
    void a_new_password_longer_than_128_characters_is_refused() {
        String tooLong = "x".repeat(129);
        form.next.setMaxLength(200);
        submit("viewer", tooLong, tooLong);
        assertThat(form.next.isInvalid()).isTrue();
    }

    @Test
    void the_repeated_password_must_match() {
        submit("viewer", "a-good-long-password", "a-different-password");
        assertThat(form.confirm.isInvalid()).isTrue();
        assertThat(form.confirm.getErrorMessage()).contains("differ");
    }

    @Test
    void a_wrong_current_password_is_refused_and_the_input_is_kept() {
        submit("not-my-password", "a-good-long-password", "a-good-long-password");
        assertThat(form.current.isInvalid()).isTrue();
        assertThat(form.current.getErrorMessage()).contains("not correct");
        assertThat(form.next.getValue()).isEqualTo("a-good-long-password");
    }

    @Test
    void all_three_fields_are_required() {
        test(form.save).click();
        assertThat(form.current.isInvalid()).isTrue();
        assertThat(form.next.isInvalid()).isTrue();
        assertThat(form.confirm.isInvalid()).isTrue();
    }
}
