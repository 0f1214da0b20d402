package com.complianceportal.admin.ui;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The audit log's filters as they live in the address bar, e.g.
 * {@code admin/audit?actor=admin&action=API_KEY_SET,API_KEY_REVOKED&from=2026-11-01&to=2026-11-30}, so that a link, a
 * reload and back/forward show the same entries. The dates are calendar days in the reader's time zone, both included.
 * {@code ignored} names what the address held that is not understood (see {@link AuditQueryParser}).
 */
record AuditQuery(@Nullable String actor, Set<AuditAction> actions, @Nullable String target, @Nullable LocalDate from,
        @Nullable LocalDate to, List<String> ignored) {

    static final String PATH = "admin/audit";
    static final String ACTOR = "actor";
    static final String ACTION = "action";
    static final String TARGET = "target";
    static final String FROM = "from";
    static final String TO = "to";
    static final List<String> KEYS = List.of(ACTOR, ACTION, TARGET, FROM, TO);
    static final AuditQuery NONE = new AuditQuery(null, Set.of(), null, null, null, List.of());

    AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        target = target == null || target.isBlank() ? null : target.strip();
        actions = Set.copyOf(actions);
        ignored = List.copyOf(ignored);
    }

    /** The same filters, with nothing noted as ignored. */
    AuditQuery clean() {
        return new AuditQuery(actor, actions, target, from, to, List.of());
    }

    /** The service's filter: the days from the start of {@code from} to the end of {@code to} in {@code zone}. */
    AuditFilter filter(ZoneId zone) {
        return new AuditFilter(actor, actions, target, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    boolean isEmpty() {
        return clean().equals(NONE);
    }

    /** The address of these filters, parameters always in the order of {@link #KEYS}. */
    String location() {
        List<String> pairs = new ArrayList<>();
        put(pairs, ACTOR, actor);
        put(pairs, ACTION, actions.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        put(pairs, TARGET, target);
        put(pairs, FROM, from == null ? null : from.toString());
        put(pairs, TO, to == null ? null : to.toString());
        return pairs.isEmpty() ? PATH : PATH + "?" + String.join("&", pairs);
    }

    private static void put(List<String> pairs, String key, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            pairs.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")
                    .replace("%2C", ","));
        }
    }
}
