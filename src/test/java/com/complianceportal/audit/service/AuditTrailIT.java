package com.complianceportal.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEntries;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.audit.domain.AuditFilter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Reading the audit log: filters, paging, order and CSV, for administrators only. Entries are written with times of
 * the test's choosing under actor and target names of this run, so the entries other tests write do not matter.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
class AuditTrailIT {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditEntries entries;
    @Autowired
    AuditEventRepository events;

    String run;

    @BeforeEach
    void entriesOfThisRun() {
        run = "run" + UUID.randomUUID().toString().substring(0, 8);
        add(0, "alice-" + run, AuditAction.SIGN_IN_SUCCEEDED, null, null);
        add(60, "alice-" + run, AuditAction.API_KEY_SET, "bob-" + run, "user=bob upstream=RISE key-ending=3f9a");
        add(120, "carol-" + run, AuditAction.API_KEY_REVOKED, "bob-" + run, "=HYPERLINK(\"http://x\")");
        add(180, "carol-" + run, AuditAction.ASSESSMENT_CREATED, "100%_" + run, "mode=local, \"quoted\"\nnext line");
        add(86_400, "alice-" + run, AuditAction.SIGNED_OUT, null, null);
    }

    private void add(long seconds, String actor, AuditAction action, String target, String detail) {
        entries.append(new AuditEvent(null, T0.plusSeconds(seconds), actor, action, target, detail, "10.0.0.1"));
    }

    private AuditFilter actor(String name) {
        return new AuditFilter(name, Set.of(), null, null, null);
    }

    private List<String> actionsOf(AuditFilter filter) {
        return trail.page(filter, 0, 100).stream().map(e -> e.action().name()).toList();
    }

    @Test
    void the_actor_filter_finds_a_user_name_as_typed_or_in_capitals_and_lists_newest_first() {
        assertThat(actionsOf(actor("alice-" + run))).containsExactly("SIGNED_OUT", "API_KEY_SET", "SIGN_IN_SUCCEEDED");
        assertThat(actionsOf(actor("ALICE-" + run.toUpperCase()))).hasSize(3);
        assertThat(actionsOf(actor("alice"))).as("a part of a name is not a name").doesNotContain("SIGN_IN_SUCCEEDED");
        assertThat(trail.count(actor("alice-" + run))).isEqualTo(3);
    }

    @Test
    void actions_target_and_days_combine() {
        var keys = new AuditFilter(null, Set.of(AuditAction.API_KEY_SET, AuditAction.API_KEY_REVOKED), "bob-" + run,
                null, null);
        assertThat(actionsOf(keys)).containsExactly("API_KEY_REVOKED", "API_KEY_SET");

        var firstMinute = new AuditFilter("alice-" + run, Set.of(), null, T0, T0.plusSeconds(60));
        assertThat(actionsOf(firstMinute)).as("from inclusive, to exclusive").containsExactly("SIGN_IN_SUCCEEDED");
        var later = new AuditFilter("carol-" + run, Set.of(), null, T0.plusSeconds(150), null);
        assertThat(actionsOf(later)).containsExactly("ASSESSMENT_CREATED");
    }

    @Test
    void the_target_filter_matches_the_beginning_and_takes_like_wildcards_literally() {
        assertThat(actionsOf(new AuditFilter(null, Set.of(), "100%_" + run, null, null)))
                .containsExactly("ASSESSMENT_CREATED");
        assertThat(trail.count(new AuditFilter(null, Set.of(), "%", null, null))).isZero();
        assertThat(trail.count(new AuditFilter(null, Set.of(), "_", null, null))).isZero();
        assertThat(trail.count(new AuditFilter("' OR '1'='1", Set.of(), "'; DROP TABLE audit_event; --", null,
                null))).isZero();
        assertThat(actionsOf(new AuditFilter(null, Set.of(), "bob-", null, null))).contains("API_KEY_SET");
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats() {
        AuditFilter all = new AuditFilter(null, Set.of(), null, T0, T0.plusSeconds(86_401));
        List<AuditEvent> whole = trail.page(all, 0, 100).stream()
                .filter(e -> e.username().endsWith(run)).toList();
        assertThat(whole).hasSize(5);
        List<AuditEvent> mine = trail.page(actor("alice-" + run), 0, 2);
        List<AuditEvent> next = trail.page(actor("alice-" + run), 2, 2);
        assertThat(mine).extracting(e -> e.action().name()).containsExactly("SIGNED_OUT", "API_KEY_SET");
        assertThat(next).extracting(e -> e.action().name()).containsExactly("SIGN_IN_SUCCEEDED");
        assertThat(trail.page(all, 0, 0)).isEmpty();
        assertThatThrownBy(() -> trail.page(all, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_export_holds_the_filtered_entries_newest_first_with_formulas_made_text_and_is_deleted_when_closed()
            throws IOException {
        String csv;
        AuditExport export = trail.export(new AuditFilter("carol-" + run, Set.of(), null, null, null));
        try (export; InputStream in = export.open()) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(export.rows()).isEqualTo(2);
            assertThat(export.fileName()).matches("audit-log-\\d{4}-\\d{2}-\\d{2}\\.csv");
        }
        assertThat(csv).startsWith("\uFEFFTime (UTC),Actor,Action,Action code,Target,Detail,Remote address\r\n");
        assertThat(csv).contains("2026-03-01T10:03:00Z,carol-" + run + ",Assessment created,ASSESSMENT_CREATED,100%_"
                + run + ",\"mode=local, \"\"quoted\"\"\nnext line\",10.0.0.1\r\n");
        assertThat(csv).contains(",API key revoked,API_KEY_REVOKED,bob-" + run + ",\"'=HYPERLINK(\"\"http://x\"\")\",");
        assertThat(csv.indexOf("ASSESSMENT_CREATED")).isLessThan(csv.indexOf("API_KEY_REVOKED"));
        assertThatThrownBy(export::open).as("the file is gone").isInstanceOf(IOException.class);
    }

    @Test
    void an_export_beyond_the_concurrent_limit_is_refused_with_a_message_and_the_next_one_runs() throws IOException {
        AuditTrail target = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(trail);
        target.exports.acquireUninterruptibly(AuditTrail.MAX_CONCURRENT_EXPORTS);
        try {
            assertThatThrownBy(() -> trail.export(actor("alice-" + run)))
                    .isInstanceOf(AuditExportBusyException.class).hasMessageContaining("already running");
        } finally {
            target.exports.release(AuditTrail.MAX_CONCURRENT_EXPORTS);
        }
        try (AuditExport export = trail.export(actor("alice-" + run))) {
            assertThat(export.rows()).isEqualTo(3);
        }
    }

    @Test
    @WithMockUser(username = "viewer-reads-audit", roles = "VIEWER")
    void a_viewer_is_refused_and_the_refusal_is_recorded() {
        assertThatThrownBy(() -> trail.page(AuditFilter.NONE, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.count(AuditFilter.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.export(AuditFilter.NONE)).isInstanceOf(AccessDeniedException.class);

        assertThat(events.findByUsernameOrderByOccurredAtDesc("viewer-reads-audit"))
                .filteredOn(e -> e.action() == AuditAction.ACCESS_DENIED).extracting(AuditEvent::target)
                .contains("AuditTrail.page", "AuditTrail.count", "AuditTrail.export");
    }

    @Test
    @WithMockUser(username = "assessor-reads-audit", roles = {"VIEWER", "ASSESSOR"})
    void an_assessor_is_refused_and_the_same_refusal_is_recorded_once_a_minute() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> trail.page(AuditFilter.NONE, 0, 10)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> trail.export(AuditFilter.NONE)).isInstanceOf(AccessDeniedException.class);

        assertThat(events.findByUsernameOrderByOccurredAtDesc("assessor-reads-audit")).extracting(AuditEvent::target)
                .containsExactly("AuditTrail.export", "AuditTrail.page");
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_caller_is_refused_and_not_recorded() {
        long before = events.count();
        assertThatThrownBy(() -> trail.page(AuditFilter.NONE, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.count(AuditFilter.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThat(events.findByUsernameOrderByOccurredAtDesc("anonymous")).isEmpty();
    }

    @Test
    void without_any_authentication_nothing_is_read() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> trail.count(AuditFilter.NONE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
