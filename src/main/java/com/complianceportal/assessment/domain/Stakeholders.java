package com.complianceportal.assessment.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The list view of an assessment's stakeholders: who is assessed (and where), who asked, who executes. */
public record Stakeholders(Organisation assessedOrg, Address assessedAddress, @Nullable Organisation requester,
        List<Organisation> executors, @Nullable String leadExecutorName, List<Organisation> selectedPartners) {

    public Stakeholders {
        executors = List.copyOf(executors);
        selectedPartners = List.copyOf(selectedPartners);
    }
}
