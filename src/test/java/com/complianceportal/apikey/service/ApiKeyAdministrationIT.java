package com.complianceportal.apikey.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.apikey.domain.KeyHolder;
import com.complianceportal.apikey.domain.KeyHolderFilter;
import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.PortalUserRepository;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
class ApiKeyAdministrationIT {

    static final String KEY = "rise-9F2c-41aa-b7e0-3f9a";
    static final String NEW_KEY = "rise-0d1e-77bc-c3d2-81b7";

    @Autowired
    ApiKeyAdministration administration;
    @Autowired
    PortalUserRepository users;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    JdbcClient jdbc;

    long holder;

    @BeforeEach
    void freshKeyHolder() {
        holder = KeyHolderFixtures.freshUser(users, "key-admin-target", "Kim Keyholder");
    }

    private KeyStatus stored(Upstream upstream) {
        return administration.holder(holder).flatMap(h -> h.key(upstream)).orElseThrow();
    }

    @Test
    void a_key_is_stored_only_encrypted_and_shown_by_its_last_four_characters() {
        KeyChange change = administration.set(holder, Upstream.RISE, Secret.of(KEY), " Team Asia ", false);

        assertThat(change).isEqualTo(KeyChange.SET);
        KeyStatus status = stored(Upstream.RISE);
        assertThat(status.masked()).isEqualTo("•••• 3f9a");
        assertThat(status.label()).isEqualTo("Team Asia");
        assertThat(status.setBy()).isEqualTo("admin");
        assertThat(status.lastUsedAt()).isNull();
        assertThat(status.toString()).doesNotContain(KEY);
        Map<String, Object> row = jdbc.sql("SELECT * FROM api_key WHERE user_id = ?").param(holder).query().singleRow();
        assertThat(row.values()).noneMatch(value -> text(value).contains(KEY)
                || text(value).contains(Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void replacing_a_stored_key_has_to_be_asked_for() {
        administration.set(holder, Upstream.RISE, Secret.of(KEY), "first", false);

        assertThatThrownBy(() -> administration.set(holder, Upstream.RISE, Secret.of(NEW_KEY), "second", false))
                .isInstanceOfSatisfying(KeyAlreadySetException.class,
                        e -> assertThat(e.stored()).get().extracting(KeyStatus::lastFour).isEqualTo("3f9a"));
        assertThat(stored(Upstream.RISE).lastFour()).isEqualTo("3f9a");

        assertThat(administration.set(holder, Upstream.RISE, Secret.of(NEW_KEY), "second", true))
                .isEqualTo(KeyChange.REPLACED);
        KeyStatus replaced = stored(Upstream.RISE);
        assertThat(replaced.lastFour()).isEqualTo("81b7");
        assertThat(replaced.label()).isEqualTo("second");
        assertThat(replaced.replacedAt()).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_key WHERE user_id = ?").param(holder).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void a_revoked_key_is_gone_from_the_database() {
        administration.set(holder, Upstream.MAXSIGHT, Secret.of(KEY), null, false);

        assertThat(administration.revoke(holder, Upstream.MAXSIGHT)).isTrue();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_key WHERE user_id = ?").param(holder).query(Long.class).single())
                .isZero();
        assertThat(administration.holder(holder).orElseThrow().keys()).isEmpty();
        assertThat(administration.revoke(holder, Upstream.MAXSIGHT)).as("nothing left to revoke").isFalse();
    }

    @Test
    void set_replace_and_revoke_are_audited_with_actor_user_and_upstream_but_never_the_key() {
        Instant start = Instant.now().minusMillis(1);
        administration.set(holder, Upstream.RISE, Secret.of(KEY), null, false);
        administration.set(holder, Upstream.RISE, Secret.of(NEW_KEY), null, true);
        administration.revoke(holder, Upstream.RISE);

        List<AuditEvent> events = audit.findByUsernameOrderByOccurredAtDesc("admin").stream()
                .filter(e -> e.occurredAt().isAfter(start) && e.detail() != null
                        && e.detail().contains("user=key-admin-target ")).toList();
        assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.API_KEY_REVOKED,
                AuditAction.API_KEY_REPLACED, AuditAction.API_KEY_SET);
        assertThat(events).extracting(AuditEvent::detail).containsExactly(
                "user=key-admin-target upstream=RISE key-ending=81b7",
                "user=key-admin-target upstream=RISE key-ending=81b7",
                "user=key-admin-target upstream=RISE key-ending=3f9a");
    }

    @Test
    void keys_and_labels_outside_the_rules_are_refused_with_a_reason_that_does_not_repeat_them() {
        List<String> refused = List.of("", "short7x", "x".repeat(513), KEY + " ", KEY + "\n", "schlüssel-123",
                "tab\tkey-123");
        for (String bad : refused) {
            assertThatThrownBy(() -> administration.set(holder, Upstream.RISE, Secret.of(bad), null, false))
                    .as("key of %d characters", bad.length()).isInstanceOfSatisfying(ApiKeyRefusedException.class,
                            e -> assertThat(e.field()).isEqualTo(ApiKeyRefusedException.Field.KEY))
                    .satisfies(e -> assertThat(bad.isEmpty() || !e.getMessage().contains(bad)).isTrue());
        }
        assertThatThrownBy(() -> administration.set(holder, Upstream.RISE, Secret.of(KEY), "l".repeat(81), false))
                .isInstanceOfSatisfying(ApiKeyRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo(ApiKeyRefusedException.Field.LABEL));
        assertThat(administration.set(holder, Upstream.RISE, Secret.of("A".repeat(8)), null, false))
                .isEqualTo(KeyChange.SET);
        assertThat(administration.set(holder, Upstream.MAXSIGHT, Secret.of("~".repeat(512)), null, false))
                .isEqualTo(KeyChange.SET);
    }

    @Test
    void the_list_finds_users_without_a_key_of_an_upstream_and_pages_in_the_database() {
        long other = KeyHolderFixtures.freshUser(users, "key-admin-other", "Kim Otherholder");
        administration.set(holder, Upstream.RISE, Secret.of(KEY), null, false);
        administration.set(other, Upstream.MAXSIGHT, Secret.of(KEY), null, false);
        var withoutRise = new KeyHolderFilter("kim", Set.of(Upstream.RISE));
        var withoutMaxsight = new KeyHolderFilter("KIM", Set.of(Upstream.MAXSIGHT));

        assertThat(administration.holders(withoutRise, false, 0, 50)).extracting(KeyHolder::username)
                .containsExactly("key-admin-other");
        assertThat(administration.holders(withoutMaxsight, false, 0, 50)).extracting(KeyHolder::username)
                .containsExactly("key-admin-target");
        assertThat(administration.count(new KeyHolderFilter("kim", Set.of()))).isEqualTo(2);
        assertThat(administration.holders(new KeyHolderFilter("kim", Set.of()), true, 0, 1))
                .extracting(KeyHolder::username).containsExactly("key-admin-other");
        assertThat(administration.holders(new KeyHolderFilter("kim", Set.of()), true, 1, 1))
                .extracting(KeyHolder::username).containsExactly("key-admin-target");
        assertThat(administration.count(new KeyHolderFilter("100%_", Set.of()))).isZero();
        assertThat(administration.count(KeyHolderFilter.NONE)).isGreaterThanOrEqualTo(5);
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
    }
}
