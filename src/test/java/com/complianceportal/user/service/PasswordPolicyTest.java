package com.complianceportal.user.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void twelve_to_128_characters_are_accepted() {
        assertThat(PasswordPolicy.problem("someone", "x".repeat(12))).isEmpty();
        assertThat(PasswordPolicy.problem("someone", "x".repeat(128))).isEmpty();
    }

    @Test
    void shorter_or_longer_passwords_are_refused() {
        assertThat(PasswordPolicy.problem("someone", "x".repeat(11))).contains("Use 12 to 128 characters.");
        assertThat(PasswordPolicy.problem("someone", "x".repeat(129))).contains("Use 12 to 128 characters.");
    }

    @Test
    void the_user_name_in_any_case_is_refused() {
        assertThat(PasswordPolicy.problem("compliance.officer", "Compliance.Officer")).isPresent();
    }

    @Test
    void spaces_only_are_refused_whatever_their_number() {
        assertThat(PasswordPolicy.problem("someone", " ".repeat(12))).contains(
                "The password must not consist of spaces only.");
        assertThat(PasswordPolicy.problem("someone", "\t\u00a0\u2003".repeat(5))).isPresent();
    }

    @Test
    void common_and_leaked_passwords_are_refused_in_any_case() {
        assertThat(CommonPasswords.size()).isGreaterThan(10_000);
        assertThat(PasswordPolicy.problem("someone", "password1234")).hasValueSatisfying(
                problem -> assertThat(problem).contains("commonly used"));
        assertThat(PasswordPolicy.problem("someone", "QwertyUiop12")).isPresent();
        assertThat(PasswordPolicy.problem("someone", "1qaz2wsx3edc")).isPresent();
    }

    @Test
    void lengths_count_characters_so_an_emoji_is_one() {
        String emoji = "\uD83D\uDD12";
        assertThat(PasswordPolicy.problem("someone", emoji.repeat(12))).isEmpty();
        assertThat(PasswordPolicy.problem("someone", emoji.repeat(11))).isPresent();
        assertThat(PasswordPolicy.problem("someone", emoji.repeat(128))).isEmpty();
        assertThat(PasswordPolicy.problem("someone", emoji.repeat(129))).isPresent();
    }
}
