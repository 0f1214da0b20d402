package com.complianceportal.mfa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 secret of RFC 6238's test vectors. */
    static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codes_match_the_rfc_6238_test_vectors_in_their_last_six_digits() {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(20000000000L)))).isEqualTo("353130");
    }

    @Test
    void a_code_of_the_step_before_or_after_is_accepted_but_not_two_steps_away() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, null)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, null)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, null)).isEmpty();
    }

    @Test
    void a_code_of_a_step_already_used_or_earlier_is_refused() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step - 1)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step - 1)).hasValue(step);
    }

    @Test
    void only_six_digits_look_like_a_code() {
        assertThat(Totp.looksLikeCode("123456")).isTrue();
        assertThat(Totp.looksLikeCode("12345")).isFalse();
        assertThat(Totp.looksLikeCode("12345a")).isFalse();
        assertThat(Totp.looksLikeCode("１２３４５６")).as("full-width digits").isFalse();
    }

    @Test
    void pauses_double_after_five_wrong_codes_up_to_fifteen_minutes() {
        assertThat(TotpEnrolments.pause(5)).hasSeconds(30);
        assertThat(TotpEnrolments.pause(6)).hasSeconds(60);
        assertThat(TotpEnrolments.pause(7)).hasSeconds(120);
        assertThat(TotpEnrolments.pause(40)).hasMinutes(15);
    }

    @Test
    void recovery_codes_are_ten_distinct_codes_of_eighty_bits_typed_leniently() {
        var random = new java.security.SecureRandom();
        var codes = RecoveryCodeHashing.newCodes(random);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}"));
        var stored = RecoveryCodeHashing.hashed(codes.get(0), random);
        String typed = " " + codes.get(0).toLowerCase(java.util.Locale.ROOT).replace("-", " ") + " ";
        assertThat(RecoveryCodeHashing.matches(stored, RecoveryCodeHashing.normalised(typed))).isTrue();
        assertThat(RecoveryCodeHashing.matches(stored, RecoveryCodeHashing.normalised(codes.get(1)))).isFalse();
    }
}
