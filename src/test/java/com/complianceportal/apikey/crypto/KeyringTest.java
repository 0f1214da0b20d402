package com.complianceportal.apikey.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyringTest {

    static final byte[] KEY = "rise-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] ROW = "user=7|upstream=RISE".getBytes(StandardCharsets.UTF_8);
    static final byte[] OTHER_ROW = "user=8|upstream=RISE".getBytes(StandardCharsets.UTF_8);
    /** Tink's layout: 1 prefix byte, 4 version bytes, 12 nonce bytes, the encrypted value, 16 tag bytes. */
    static final int NONCE_START = 5;
    static final int VALUE_START = 17;

    final MasterKey master = MasterKey.generate();
    final Keyring keyring = new Keyring(master, List.of());

    @Test
    void a_sealed_value_opens_again_with_the_same_associated_data() throws Exception {
        byte[] sealed = keyring.seal(KEY, ROW);

        assertThat(keyring.open(sealed, ROW)).isEqualTo(KEY);
        assertThat(sealed).hasSize(KEY.length + 5 + 12 + 16);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("rise-key");
    }

    @Test
    void every_value_gets_a_fresh_nonce_and_names_the_master_key_version() {
        byte[] first = keyring.seal(KEY, ROW);
        byte[] second = keyring.seal(KEY, ROW);

        assertThat(first).isNotEqualTo(second);
        assertThat(java.util.Arrays.copyOfRange(first, NONCE_START, VALUE_START))
                .isNotEqualTo(java.util.Arrays.copyOfRange(second, NONCE_START, VALUE_START));
        assertThat(Keyring.versionOf(first)).hasValue(master.version());
        assertThat(keyring.currentVersion()).isEqualTo(master.version());
    }

    @Test
    void an_altered_value_is_refused() {
        byte[] sealed = keyring.seal(KEY, ROW);
        sealed[VALUE_START + 2] ^= 1;

        assertThatThrownBy(() -> keyring.open(sealed, ROW)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void an_altered_nonce_is_refused() {
        byte[] sealed = keyring.seal(KEY, ROW);
        sealed[NONCE_START] ^= 1;

        assertThatThrownBy(() -> keyring.open(sealed, ROW)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void an_altered_tag_or_version_is_refused() {
        byte[] tag = keyring.seal(KEY, ROW);
        tag[tag.length - 1] ^= 1;
        byte[] version = keyring.seal(KEY, ROW);
        version[4] ^= 1;

        assertThatThrownBy(() -> keyring.open(tag, ROW)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> keyring.open(version, ROW)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void a_value_copied_to_another_users_row_is_refused() {
        byte[] sealed = keyring.seal(KEY, ROW);

        assertThatThrownBy(() -> keyring.open(sealed, OTHER_ROW)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void another_master_key_cannot_open_the_value() {
        byte[] sealed = keyring.seal(KEY, ROW);
        Keyring other = new Keyring(MasterKey.generate(), List.of());

        assertThat(other.knows(master.version())).isFalse();
        assertThatThrownBy(() -> other.open(sealed, ROW)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void during_a_rotation_values_of_both_keys_open_and_new_ones_are_sealed_under_the_new_key() throws Exception {
        byte[] old = keyring.seal(KEY, ROW);
        MasterKey next = MasterKey.generate();
        Keyring both = new Keyring(next, List.of(master));

        byte[] fresh = both.seal(KEY, ROW);

        assertThat(both.open(old, ROW)).isEqualTo(KEY);
        assertThat(both.open(fresh, ROW)).isEqualTo(KEY);
        assertThat(Keyring.versionOf(fresh)).hasValue(next.version());
        assertThat(both.versions()).containsExactlyInAnyOrder(next.version(), master.version());
        assertThatThrownBy(() -> keyring.open(fresh, ROW)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void a_value_that_does_not_start_like_a_sealed_one_names_no_version() {
        assertThat(Keyring.versionOf(new byte[] {0, 1, 2, 3, 4, 5})).isEmpty();
        assertThat(Keyring.versionOf(new byte[] {1, 2})).isEmpty();
    }
}
