package com.complianceportal.access.ui;

import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.complianceportal.session.LiveSession;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Signed-in sessions, one line each: since, last activity, address and browser (as plain text), "This session" for the
 * current one, and an End button where {@code end} is given.
 */
final class SessionList extends Div {

    private final UserTime time;
    private final @Nullable Consumer<LiveSession> end;

    SessionList(UserTime time, @Nullable Consumer<LiveSession> end) {
        this.time = time;
        this.end = end;
        addClassName("session-list");
    }

    void show(List<LiveSession> sessions) {
        removeAll();
        if (sessions.isEmpty()) {
            var none = new Paragraph(Texts.t("access.sessionList.noSignedInSessions"));
            none.addClassName("session-none");
            add(none);
            return;
        }
        sessions.forEach(session -> add(line(session)));
    }

    private Div line(LiveSession session) {
        var when = new Span(Texts.t("access.sessionList.signedIn", at(session.since()), at(session.lastActivity())));
        when.addClassName("session-when");
        var where = new Span(text(session.remoteAddress(), Texts.t("access.sessionList.unknownAddress")) + " · "
                + text(session.userAgent(), Texts.t("access.sessionList.unknownBrowser")));
        where.addClassName("session-where");
        var facts = new Div(when, where);
        facts.addClassName("session-facts");
        var line = new Div(facts);
        line.addClassName("session-line");
        if (session.current()) {
            var current = new Badge(Texts.t("access.sessionList.thisSession"));
            current.addThemeVariants(BadgeVariant.SUCCESS);
            line.addComponentAsFirst(current);
        } else if (end != null) {
            var button = new Button(Texts.t("access.sessionList.end"), e -> end.accept(session));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            button.addClassName("session-end");
            line.add(button);
        }
        return line;
    }

    private String at(Instant instant) {
        return time.dateTime(instant.atZone(time.zone()).toOffsetDateTime());
    }

    private static String text(@Nullable String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
