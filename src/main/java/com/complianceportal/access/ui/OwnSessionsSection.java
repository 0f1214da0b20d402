package com.complianceportal.access.ui;

import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.complianceportal.user.service.AccountService;
import com.complianceportal.user.ui.AccountSection;
import com.complianceportal.user.ui.PasswordChangedEvent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/** The account page's "Signed-in sessions": the user's own, this one marked, and "End other sessions". */
@org.springframework.stereotype.Component
class OwnSessionsSection implements AccountSection {

    private final AccountService accounts;

    OwnSessionsSection(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Component create() {
        return new OwnSessions(accounts);
    }

    /** The section itself; shows the sessions again after a password change on the same page. */
    static final class OwnSessions extends Div {

        final Button endOthers = new Button(Texts.t("access.ownSessionsSection.endOtherSessions"));
        private final AccountService accounts;
        private final SessionList list;
        private @Nullable Registration passwordChanges;

        OwnSessions(AccountService accounts) {
            this.accounts = accounts;
            setId("own-sessions");
            addClassName("own-sessions");
            list = new SessionList(UserTime.current(), null);
            endOthers.setId("end-other-sessions");
            endOthers.addClickListener(e -> endOthers());
            add(new H2(Texts.t("access.ownSessionsSection.signedInSessions")), list, endOthers);
            refresh();
        }

        void refresh() {
            var sessions = accounts.mySessions();
            list.show(sessions);
            endOthers.setEnabled(sessions.stream().anyMatch(session -> !session.current()));
        }

        @Override
        protected void onAttach(AttachEvent attach) {
            super.onAttach(attach);
            passwordChanges = ComponentUtil.addListener(attach.getUI(), PasswordChangedEvent.class, e -> refresh());
        }

        @Override
        protected void onDetach(DetachEvent detach) {
            super.onDetach(detach);
            if (passwordChanges != null) {
                passwordChanges.remove();
                passwordChanges = null;
            }
        }

        private void endOthers() {
            int ended = accounts.endMyOtherSessions();
            Notification.show(Texts.t("access.ownSessionsSection.otherSessionsWereEnded", ended),
                    4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }
    }
}
