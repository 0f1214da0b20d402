package com.complianceportal.assessment.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Full stakeholder cards of one assessment. */
public record StakeholderDetails(Party assessedOrg, @Nullable Party requester, List<Executor> executors,
        List<Party> selectedPartners) {

    public StakeholderDetails {
        executors = List.copyOf(executors);
        selectedPartners = List.copyOf(selectedPartners);
    }

    /** An organisation with its address and contact persons. */
    public record Party(Organisation organisation, Address address, List<ContactPerson> contacts) {
        public Party {
            contacts = List.copyOf(contacts);
        }
    }

    /** An organisation that executes the assessment, with its flags and assigned roles. */
    public record Executor(Party party, boolean lead, boolean ableToSubmit, boolean placeholder,
            List<String> assignedRoles) {
        public Executor {
            assignedRoles = List.copyOf(assignedRoles);
        }
    }
}
