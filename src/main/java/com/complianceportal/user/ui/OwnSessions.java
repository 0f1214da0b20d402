package com.complianceportal.user.ui;

import com.complianceportal.base.ui.UserTime;
import com.complianceportal.user.service.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The account page's "Signed-in sessions": the user's own, this one marked, and "End other sessions". */
final class OwnSessions extends Div {

    final Button endOthers = new Button("End other sessions");
    private final AccountService accounts;
    private final SessionList list;

    OwnSessions(AccountService accounts) {
        this.accounts = accounts;
        setId("own-sessions");
        addClassName("own-sessions");
        list = new SessionList(UserTime.current(), null);
        endOthers.setId("end-other-sessions");
        endOthers.addClickListener(e -> endOthers());
        add(new H2("Signed-in sessions"), list, endOthers);
        refresh();
    }

    void refresh() {
        var sessions = accounts.mySessions();
        list.show(sessions);
        endOthers.setEnabled(sessions.stream().anyMatch(session -> !session.current()));
    }

    private void endOthers() {
        int ended = accounts.endMyOtherSessions();
        Notification.show(ended == 1 ? "1 other session was ended." : ended + " other sessions were ended.", 4000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }
}
