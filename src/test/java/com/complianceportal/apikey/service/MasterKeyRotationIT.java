package com.complianceportal.apikey.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.apikey.crypto.Keyring;
import com.complianceportal.apikey.crypto.MasterKey;
import com.complianceportal.apikey.crypto.MasterKeyException;
import com.complianceportal.apikey.domain.ApiKeyStore;
import com.complianceportal.apikey.domain.SealedKeys;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.PortalUserRepository;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotation on a database of its own, started with a known master key (OLD): every stored key moves to the new master
 * key and still decrypts; keys under either key open while both are configured; a wrong key is named as such.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:portal-key-rotation;DB_CLOSE_DELAY=-1",
        "portal.master-key.value=" + MasterKeyRotationIT.OLD_BASE64})
class MasterKeyRotationIT {

    static final String OLD_BASE64 = "q5Fq4hN1u7m3v8G2k0pZcXw9eYtR6sJdLbA4nV2oHiM=";
    static final MasterKey OLD = MasterKey.fromBase64(Secret.of(OLD_BASE64), "test");
    static final MasterKey NEW = MasterKey.generate();

    @Autowired
    ApiKeyStore store;
    @Autowired
    ApiKeyCipher cipher;
    @Autowired
    SealedKeys sealedKeys;
    @Autowired
    PortalUserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    long[] holders = new long[3];

    @BeforeEach
    void threeUsersWithKeysUnderTheOldMasterKey() {
        jdbc.sql("DELETE FROM api_key").update();
        for (int i = 0; i < holders.length; i++) {
            holders[i] = KeyHolderFixtures.freshUser(users, "rotation-" + i, "Rotation " + i);
            KeyHolderFixtures.storeKey(store, cipher, holders[i], Upstream.RISE, "rise-key-of-user-" + i);
        }
        KeyHolderFixtures.storeKey(store, cipher, holders[0], Upstream.MAXSIGHT, "maxsight-key-of-user-0");
    }

    private static ApiKeyCipher cipherOf(MasterKey current, MasterKey... previous) {
        return new ApiKeyCipher(new Keyring(current, List.of(previous)));
    }

    @Test
    void rotation_moves_every_key_to_the_new_master_key_in_one_transaction_and_they_still_decrypt() throws Exception {
        assertThat(sealedKeys.countByVersion()).containsOnlyKeys(OLD.version());
        var rotation = new MasterKeyRotation(sealedKeys, cipherOf(NEW, OLD));

        Integer moved = transaction.execute(status -> rotation.rotate());

        assertThat(moved).isEqualTo(4);
        assertThat(sealedKeys.countByVersion()).containsExactly(java.util.Map.entry(NEW.version(), 4L));
        ApiKeyCipher newOnly = cipherOf(NEW);
        for (int i = 0; i < holders.length; i++) {
            assertThat(newOnly.open(holders[i], Upstream.RISE, store.sealed(holders[i], Upstream.RISE).orElseThrow()))
                    .isEqualTo(Secret.of("rise-key-of-user-" + i));
        }
        assertThat(newOnly.open(holders[0], Upstream.MAXSIGHT, store.sealed(holders[0], Upstream.MAXSIGHT)
                .orElseThrow())).isEqualTo(Secret.of("maxsight-key-of-user-0"));
        new MasterKeyRotation(sealedKeys, newOnly).verify();
        Integer again = transaction.execute(status -> rotation.rotate());
        assertThat(again).as("a second run has nothing to move").isZero();
    }

    @Test
    void keys_under_the_old_and_the_new_master_key_open_side_by_side_and_only_the_old_ones_move() throws Exception {
        ApiKeyCipher both = cipherOf(NEW, OLD);
        long late = KeyHolderFixtures.freshUser(users, "rotation-late", "Rotation Late");
        KeyHolderFixtures.storeKey(store, both, late, Upstream.RISE, "rise-key-set-during-rotation");

        assertThat(both.open(holders[1], Upstream.RISE, store.sealed(holders[1], Upstream.RISE).orElseThrow()))
                .isEqualTo(Secret.of("rise-key-of-user-1"));
        assertThat(sealedKeys.countByVersion()).containsOnlyKeys(OLD.version(), NEW.version());
        new MasterKeyRotation(sealedKeys, both).verify();

        Integer moved = transaction.execute(status -> new MasterKeyRotation(sealedKeys, both).rotate());
        assertThat(moved).isEqualTo(4);
        assertThat(sealedKeys.countByVersion()).containsOnlyKeys(NEW.version());
    }

    @Test
    void a_wrong_master_key_is_refused_with_a_clear_message_and_nothing_is_changed() {
        var wrong = new MasterKeyRotation(sealedKeys, cipherOf(MasterKey.generate()));

        assertThatThrownBy(wrong::verify).isInstanceOf(MasterKeyException.class)
                .hasMessageStartingWith("cannot decrypt stored API keys: wrong master key?")
                .hasMessageContaining(OLD.versionText());
        assertThatThrownBy(() -> transaction.execute(status -> wrong.rotate())).isInstanceOf(MasterKeyException.class)
                .hasMessageStartingWith("cannot decrypt stored API keys: wrong master key?");
        assertThat(sealedKeys.countByVersion()).containsOnlyKeys(OLD.version());
    }

    @Test
    void a_master_key_with_the_right_version_that_does_not_open_the_keys_is_refused_as_well() {
        byte[] sealed = jdbc.sql("SELECT ciphertext FROM api_key WHERE user_id = ? AND upstream = 'RISE'")
                .param(holders[0]).query(byte[].class).single();
        jdbc.sql("UPDATE api_key SET ciphertext = ? WHERE user_id = ? AND upstream = 'RISE'")
                .params(Arrays.copyOf(sealed, sealed.length + 1), holders[0]).update();
        jdbc.sql("DELETE FROM api_key WHERE user_id <> ? OR upstream <> 'RISE'").param(holders[0]).update();

        assertThatThrownBy(() -> new MasterKeyRotation(sealedKeys, cipher).verify())
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("do not open with the configured key");
    }
}
