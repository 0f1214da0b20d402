package com.complianceportal.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the audit log never stores whole: text that looks like a secret, and text longer than its column. */
class SecretMaskTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "password=hunter2 again|password=[masked] again",
        "Password: hunter2|Password: [masked]",
        "api key=abc-123, user=bob|api key=[masked], user=bob",
        "apiKey:xyz|apiKey:[masked]",
        "token = s3cr3t; next|token = [masked]; next",
        "recovery code: 1234-5678|recovery code: [masked]",
        "totp=123456|totp=[masked]",
        "Authorization: Bearer eyJhbGciOi|Authorization: Bearer [masked]",
        "sent bearer abc.def.ghi|sent bearer [masked]",
        "key sk_live_4eC39HqLyjWDarjtT1zdp7dc here|key [masked] here"})
    void labelled_values_and_key_shaped_runs_are_masked(String text, String stored) {
        assertThat(SecretMask.apply(text)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "user=bob upstream=RISE key-ending=3f9a",
        "mode=local entity=8161163a-f227-466f-bc01-090a01e80165 template=c6d67e98-83ea-49f0-8812-e4abae2b68bc",
        "password changed",
        "locked until 2026-11-29T21:15:00Z",
        "<img src=x onerror=alert(1)>",
        "AuditTrail.page"})
    void ordinary_details_ids_and_markup_are_kept(String text) {
        assertThat(SecretMask.apply(text)).isEqualTo(text);
    }

    @Test
    void a_long_run_of_letters_alone_is_not_a_key() {
        String letters = "a".repeat(10_000);
        assertThat(SecretMask.apply(letters)).isEqualTo(letters);
    }

    @Test
    void text_too_long_for_its_column_is_cut_with_a_note_never_silently_and_never_inside_an_emoji() {
        String cut = Cut.to("x".repeat(10_000), AuditLog.MAX_DETAIL);
        assertThat(cut).hasSize(AuditLog.MAX_DETAIL).endsWith("… [cut: 10000 characters in all]");
        assertThat(Cut.to("short", 10)).isEqualTo("short");

        String emoji = "😀".repeat(3_000);
        String cutEmoji = Cut.to(emoji, AuditLog.MAX_DETAIL);
        assertThat(cutEmoji.length()).isLessThanOrEqualTo(AuditLog.MAX_DETAIL);
        assertThat(cutEmoji.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count()).as("no half emoji")
                .isZero();
    }
}
