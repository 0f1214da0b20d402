package com.complianceportal.access.ui;

import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.complianceportal.session.LiveSession;
import com.complianceportal.user.service.UserAdministration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;

/** A user's live sessions, for an administrator: End one, or End all. */
final class UserSessionsPanel extends Div {

    final Button endAll = new Button(Texts.t("access.userSessionsPanel.endAllSessions"));
    private final long userId;
    private final UserAdministration administration;
    private final SessionList list;

    UserSessionsPanel(long userId, UserAdministration administration, UserTime time) {
        this.userId = userId;
        this.administration = administration;
        setId("user-sessions");
        addClassName("user-sessions");
        list = new SessionList(time, this::end);
        endAll.setId("end-all-sessions");
        endAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        endAll.addClickListener(e -> {
            int ended = administration.endAllSessions(userId);
            Notification.show(Texts.t("access.userSessionsPanel.sessionsWereEnded", ended), 4000,
                    Notification.Position.TOP_CENTER);
            refresh();
        });
        add(new H3(Texts.t("access.userSessionsPanel.sessions")), list, endAll);
        refresh();
    }

    void refresh() {
        var sessions = administration.sessions(userId);
        list.show(sessions);
        endAll.setEnabled(!sessions.isEmpty());
    }

    private void end(LiveSession session) {
        administration.endSession(userId, session.handle());
        refresh();
    }
}
