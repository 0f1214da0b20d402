package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyHolder;
import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyAdministration;
import com.complianceportal.apikey.service.KeyAlreadySetException;
import com.complianceportal.apikey.service.KeyChange;
import com.complianceportal.i18n.Texts;
import com.complianceportal.shared.Secret;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;

/** Sets and revokes one user's key for one upstream through the service, and says in a notification what happened. */
final class KeyChanges {

    private final ApiKeyAdministration administration;
    private final KeyHolder holder;
    private final Upstream upstream;

    KeyChanges(ApiKeyAdministration administration, KeyHolder holder, Upstream upstream) {
        this.administration = administration;
        this.holder = holder;
        this.upstream = upstream;
    }

    /** Refusals of the key or label are left to the form; a key set meanwhile by someone else is only reported. */
    void save(Secret key, String label, boolean replacing) {
        try {
            KeyChange change = administration.set(holder.userId(), upstream, key, label, replacing);
            notify(change == KeyChange.REPLACED ? Texts.t("apikey.keyChanges.replaced", whose())
                    : Texts.t("apikey.keyChanges.set", whose()),
                    NotificationVariant.LUMO_SUCCESS);
        } catch (KeyAlreadySetException meanwhile) {
            notify(Texts.t("apikey.keyChanges.meanwhileAnotherAdministratorSet", upstream.label(),
                    holder.displayName()), NotificationVariant.LUMO_WARNING);
        }
    }

    void revoke() {
        boolean revoked = administration.revoke(holder.userId(), upstream);
        notify(revoked ? Texts.t("apikey.keyChanges.keyIsRevoked", whose())
                : Texts.t("apikey.keyChanges.theKeyHadBeen"),
                NotificationVariant.LUMO_SUCCESS);
    }

    /** The key as it is stored now. */
    Optional<KeyStatus> stored() {
        return administration.holder(holder.userId()).flatMap(h -> h.key(upstream));
    }

    private String whose() {
        return Texts.t("apikey.keyChanges.s", holder.displayName(), upstream.label());
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
