package com.complianceportal.apikey.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.apikey.domain.ApiKeyStore;
import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.PortalUserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The signed-in user's own key, and only theirs, in plaintext for an upstream call. */
@SpringBootTest
class ApiKeysIT {

    static final String ANNA_RISE = "anna-rise-key-0001";
    static final String BEN_MAXSIGHT = "ben-maxsight-key-0002";

    @Autowired
    ApiKeys keys;
    @Autowired
    MyApiKeys myKeys;
    @Autowired
    ApiKeyStore store;
    @Autowired
    ApiKeyCipher cipher;
    @Autowired
    PortalUserRepository users;
    @Autowired
    JdbcClient jdbc;

    long anna;
    long ben;

    @BeforeEach
    void twoUsersWithAKeyEach() {
        anna = KeyHolderFixtures.freshUser(users, "key-anna", "Anna Keys");
        ben = KeyHolderFixtures.freshUser(users, "key-ben", "Ben Keys");
        KeyHolderFixtures.storeKey(store, cipher, anna, Upstream.RISE, ANNA_RISE);
        KeyHolderFixtures.storeKey(store, cipher, ben, Upstream.MAXSIGHT, BEN_MAXSIGHT);
    }

    @Test
    @WithMockUser(username = "key-anna", roles = "VIEWER")
    void a_user_gets_their_own_key_and_it_is_recorded_as_used() {
        assertThat(myKeys.mine().get(Upstream.RISE).lastUsedAt()).isNull();

        assertThat(keys.forCurrentUser(Upstream.RISE)).contains(Secret.of(ANNA_RISE));

        KeyStatus used = myKeys.mine().get(Upstream.RISE);
        assertThat(used.lastUsedAt()).isNotNull();
        assertThat(used.masked()).isEqualTo("•••• 0001");
    }

    @Test
    @WithMockUser(username = "key-anna", roles = "VIEWER")
    void a_user_without_a_key_for_an_upstream_gets_none_not_another_users() {
        assertThat(keys.forCurrentUser(Upstream.MAXSIGHT)).isEmpty();
        assertThat(myKeys.mine()).containsOnlyKeys(Upstream.RISE);
    }

    @Test
    @WithMockUser(username = "key-ben", roles = "VIEWER")
    void a_ciphertext_copied_into_another_users_row_does_not_decrypt() {
        jdbc.sql("""
                INSERT INTO api_key (user_id, upstream, ciphertext, key_version, last_four, created_at, set_by)
                SELECT ?, upstream, ciphertext, key_version, last_four, created_at, set_by FROM api_key
                 WHERE user_id = ? AND upstream = 'RISE'""").params(ben, anna).update();

        assertThatThrownBy(() -> keys.forCurrentUser(Upstream.RISE)).isInstanceOf(StoredKeyUnreadableException.class)
                .hasMessageNotContaining(ANNA_RISE).hasMessageContaining("ask an administrator");
        assertThat(keys.forCurrentUser(Upstream.MAXSIGHT)).contains(Secret.of(BEN_MAXSIGHT));
    }

    @Test
    @WithMockUser(username = "key-ben", roles = "VIEWER")
    void a_ciphertext_moved_to_the_other_upstream_of_the_same_user_does_not_decrypt() {
        jdbc.sql("UPDATE api_key SET upstream = 'RISE' WHERE user_id = ? AND upstream = 'MAXSIGHT'").param(ben)
                .update();

        assertThatThrownBy(() -> keys.forCurrentUser(Upstream.RISE)).isInstanceOf(StoredKeyUnreadableException.class);
    }
}
