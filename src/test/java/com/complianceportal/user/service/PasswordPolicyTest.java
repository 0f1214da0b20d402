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
}
