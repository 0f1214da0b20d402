package com.complianceportal.apikey.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.apikey.domain.KeyHolderFilter;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.PortalUserRepository;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Who may manage keys (administrators, nobody else) and who may read their own (every signed-in role). */
@SpringBootTest
class ApiKeyAccessIT {

    static final Secret KEY = Secret.of("access-test-key-0001");

    @Autowired
    ApiKeyAdministration administration;
    @Autowired
    MyApiKeys myKeys;
    @Autowired
    ApiKeys keys;
    @Autowired
    ApiKeyTesting testing;
    @Autowired
    PortalUserRepository users;

    private List<ThrowingCallable> everyAdministrationMethod() {
        return List.of(
                () -> administration.holders(KeyHolderFilter.NONE, false, 0, 10),
                () -> administration.count(KeyHolderFilter.NONE),
                () -> administration.holder(1),
                () -> administration.set(1, Upstream.RISE, KEY, null, false),
                () -> administration.set(1, Upstream.MAXSIGHT, KEY, "label", true),
                () -> administration.revoke(1, Upstream.RISE),
                () -> testing.available(),
                () -> testing.test(1, Upstream.MAXSIGHT));
    }

    private void refusedOnEveryAdministrationMethod() {
        everyAdministrationMethod().forEach(call -> assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    @WithAnonymousUser
    void anonymous_callers_are_refused_on_every_method() {
        refusedOnEveryAdministrationMethod();
        assertThatThrownBy(() -> myKeys.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.forCurrentUser(Upstream.RISE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_is_refused_on_every_administration_method_but_reads_their_own_keys() {
        refusedOnEveryAdministrationMethod();
        assertThat(myKeys.mine()).isNotNull();
    }

    @Test
    @WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
    void an_assessor_is_refused_on_every_administration_method() {
        refusedOnEveryAdministrationMethod();
    }

    @Test
    @WithMockUser(username = "someone", roles = "GUEST")
    void a_user_without_a_portal_role_cannot_even_read_their_own_keys() {
        refusedOnEveryAdministrationMethod();
        assertThatThrownBy(() -> myKeys.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.forCurrentUser(Upstream.RISE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void an_administrator_may_use_every_method() {
        long userId = KeyHolderFixtures.freshUser(users, "key-access-target", "Access Target");

        assertThat(administration.count(KeyHolderFilter.NONE)).isPositive();
        assertThat(administration.holders(KeyHolderFilter.NONE, false, 0, 10)).isNotEmpty();
        assertThat(administration.set(userId, Upstream.RISE, KEY, null, false)).isEqualTo(KeyChange.SET);
        assertThat(administration.set(userId, Upstream.RISE, KEY, "label", true)).isEqualTo(KeyChange.REPLACED);
        assertThat(administration.holder(userId)).isPresent();
        assertThat(administration.revoke(userId, Upstream.RISE)).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void in_local_mode_there_is_no_vendor_to_test_a_key_against() {
        assertThat(testing.available()).isFalse();
        assertThatThrownBy(() -> testing.test(1, Upstream.MAXSIGHT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("upstream mode");
    }
}
