package com.complianceportal.mfa.ui;

import com.complianceportal.mfa.service.MfaAccount;
import com.complianceportal.user.ui.AccountSection;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Contributes "Two-step sign-in" to the account page. */
@Component
class TwoStepSection implements AccountSection {

    private final MfaAccount account;
    private final Clock clock;

    TwoStepSection(MfaAccount account, Clock clock) {
        this.account = account;
        this.clock = clock;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new TwoStepPanel(account, clock);
    }
}
