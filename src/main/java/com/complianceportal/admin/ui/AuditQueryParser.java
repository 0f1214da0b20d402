package com.complianceportal.admin.ui;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.i18n.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads untrusted query parameters into an {@link AuditQuery}. It never fails: what it does not understand (an unknown
 * parameter or action, a date it cannot read or out of range, a range that ends before it starts, text longer than a
 * field takes) it leaves out and names with the reason, as the register does.
 */
final class AuditQueryParser {

    static final int MAX_TEXT = 256;
    private static final int MAX_SHOWN = 40;
    /** Values the notice repeats; anything else (markup, long text from a crafted link) is named by its key only. */
    private static final Pattern SHOWN = Pattern.compile("[\\p{L}\\p{N} :,._-]{1," + MAX_SHOWN + "}");
    /** Dates a person means: a crafted year such as +999999999 is ignored like any other value not understood. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final Map<String, List<String>> parameters;
    private final List<String> ignored = new ArrayList<>();

    AuditQueryParser(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    AuditQuery parse() {
        parameters.keySet().stream().filter(key -> !AuditQuery.KEYS.contains(key)).sorted()
                .forEach(key -> ignore(key, null, Texts.t("admin.auditQueryParser.notAnAuditLog")));
        LocalDate from = date(AuditQuery.FROM);
        LocalDate to = date(AuditQuery.TO);
        if (from != null && to != null && to.isBefore(from)) {
            ignore(AuditQuery.TO, to.toString(), Texts.t("admin.auditQueryParser.before", AuditQuery.FROM));
            to = null;
        }
        return new AuditQuery(text(AuditQuery.ACTOR), actions(), text(AuditQuery.TARGET), from, to, ignored);
    }

    private @Nullable String first(String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }

    private void ignore(String key, @Nullable String value, String reason) {
        String shown = value == null || !SHOWN.matcher(value).matches() ? key : key + "=" + value;
        ignored.add(shown + " (" + reason + ")");
    }

    private @Nullable String text(String key) {
        String value = first(key);
        if (value != null && value.length() > MAX_TEXT) {
            ignore(key, value, Texts.t("admin.auditQueryParser.longerThanCharacters", MAX_TEXT));
            return null;
        }
        return value;
    }

    private Set<AuditAction> actions() {
        Set<AuditAction> actions = EnumSet.noneOf(AuditAction.class);
        for (String value : parameters.getOrDefault(AuditQuery.ACTION, List.of())) {
            for (String part : value.split(",")) {
                String name = part.strip();
                try {
                    if (!name.isEmpty()) {
                        actions.add(AuditAction.valueOf(name));
                    }
                } catch (IllegalArgumentException unknown) {
                    ignore(AuditQuery.ACTION, name, Texts.t("admin.auditQueryParser.notAnAuditedAction"));
                }
            }
        }
        return actions;
    }

    private @Nullable LocalDate date(String key) {
        String value = first(key);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                ignore(key, value, Texts.t("admin.auditQueryParser.notADateBetween", EARLIEST, LATEST));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            ignore(key, value, Texts.t("admin.auditQueryParser.notADateLike"));
            return null;
        }
    }
}
