package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.MyApiKeys;
import com.complianceportal.base.security.Roles;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.complianceportal.user.ui.AccountSection;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The account page's "API keys": the signed-in user's own keys, masked, per upstream, or whom to ask for one. */
@org.springframework.stereotype.Component
class OwnKeysSection implements AccountSection {

    private final MyApiKeys myKeys;
    private final AuthenticationContext authentication;

    OwnKeysSection(MyApiKeys myKeys, AuthenticationContext authentication) {
        this.myKeys = myKeys;
        this.authentication = authentication;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        UserTime time = UserTime.current();
        Map<Upstream, KeyStatus> mine = myKeys.mine();
        var section = new Div(new H2(Texts.t("apikey.ownKeysSection.apiKeys")));
        section.setId("own-api-keys");
        section.addClassName("own-keys");
        boolean admin = authentication.hasRole(Roles.ADMIN);
        for (Upstream upstream : Upstream.values()) {
            section.add(line(upstream, mine.get(upstream), time, admin));
        }
        return section;
    }

    private static Div line(Upstream upstream, @Nullable KeyStatus key, UserTime time, boolean admin) {
        var name = new Span(upstream.label());
        name.addClassName("term");
        var value = new Div();
        value.addClassName("definition");
        if (key == null) {
            var none = admin ? new Span(new Text(Texts.t("apikey.ownKeysSection.noKeyYetSet")),
                    new RouterLink(Texts.t("apikey.ownKeysSection.apiKeysPage"), ApiKeysView.class), new Text("."))
                    : new Span(Texts.t("apikey.ownKeysSection.noKeyYetAsk"));
            none.addClassName("key-none");
            value.add(none);
        } else {
            var masked = new Badge(key.masked());
            masked.addThemeVariants(BadgeVariant.SUCCESS);
            masked.getElement().setAttribute("aria-label", KeyTexts.endingIn(key));
            var summary = new Span(KeyTexts.summary(key, time));
            summary.addClassName("key-cell-sub");
            value.add(masked, summary);
        }
        var line = new Div(name, value);
        line.setId("own-key-" + upstream.name().toLowerCase(Locale.ROOT));
        line.addClassName("own-key");
        return line;
    }
}
