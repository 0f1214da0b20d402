package com.complianceportal.assessment.local;

import java.util.List;

/** The demo profile's assessment templates; the first id is the one in the vendor's own example. */
final class DemoTemplates {

    /** The template whose workflow cannot start (see {@link LocalWorkflow}). */
    static final String RETIRED_ID = "e0d4a7c1-93b2-4f58-8a6e-5c1f0b9d2e74";

    static final List<LocalCatalogue.Template> ALL = List.of(
            template("c6d67e98-83ea-49f0-8812-e4abae2b68bc", "Environmental Audit 6.1 – Verification",
                    "Verification Assessment", "Environmental Audit", "6.1", "Standard Audit"),
            template("3f9a1c7e-52d4-4b8e-9e61-0a7b2c4d6e81", "Social Compliance Audit 4.0 – Verification",
                    "Verification Assessment", "Social Compliance Audit", "4.0", "Standard Audit"),
            template("7b2e5d90-1a4c-4f3e-8d27-6c9e0a1b3f52", "Health and Safety Audit 5.2 – Verification",
                    "Verification Assessment", "Health and Safety Audit", "5.2", "Standard Audit"),
            template("a81c3e5f-6d7b-4092-b4e8-1f2a3c5d7e93", "Chemical Management 1.2 – Desk review",
                    "Verification Assessment", "Chemical Management", "1.2", "Desk Review"),
            template("5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e04", "Supplier Self-Assessment 3.0 – Self",
                    "Self Assessment", "Supplier Self-Assessment", "3.0", "Self Assessment Questionnaire"),
            template("2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f15", "Factory Information 2.3 – Self",
                    "Self Assessment", "Factory Information", "2.3", "Factory Information"),
            new LocalCatalogue.Template(RETIRED_ID, "Legacy questionnaire (retired)", "Self Assessment",
                    "Legacy Supplier Questionnaire", "1.0", "Legacy Questionnaire", true));

    static final List<String> DESCRIPTIONS = List.of(
            "On-site audit of environmental management, waste water, emissions and waste by an accredited auditor.",
            "On-site audit of working hours, wages, freedom of association and forced or child labour.",
            "On-site audit of fire safety, machine safety, first aid and occupational health.",
            "Desk review of the chemical inventory, safety data sheets and restricted substances testing.",
            "The supplier answers the self-assessment questionnaire and uploads its evidence.",
            "The site keeps its profile up to date: capacity, workforce, processes and certificates.",
            "The questionnaire used before 2024. Kept for reference; its workflow is no longer published.");

    private DemoTemplates() {
    }

    private static LocalCatalogue.Template template(String id, String name, String type, String standard,
            String version, String workflow) {
        return new LocalCatalogue.Template(id, name, type, standard, version, workflow, false);
    }
}
