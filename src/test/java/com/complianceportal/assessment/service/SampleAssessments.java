package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.AssessmentDates;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.CapaSummary;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.domain.Stakeholders;
import com.complianceportal.assessment.domain.Standard;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Realistic register rows for tests, numbered so that every value can be predicted from the number. */
public final class SampleAssessments {

    /** 2026-03-01 09:30 in Paris (08:30 UTC), the base of every date in a sample row. */
    public static final OffsetDateTime BASE = OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(1));

    private static final String[] COUNTRIES = {"DE", "FR", "CN", "US", "BR"};
    private static final String[] CITIES = {"München", "Lyon", "Shenzhen", "Chicago", "São Paulo"};

    private SampleAssessments() {
    }

    public static AssessmentSummary row(int n) {
        LocalDate day = BASE.toLocalDate();
        var dates = new AssessmentDates(day.plusDays(n % 30), day.plusDays(n % 30 + 60), day.plusDays(n % 30 + 45),
                day.plusDays(n % 30 + 10), day.plusDays(n % 30 + 12), BASE.plusDays(n % 30 + 1), null, null, null);
        var capa = n % 3 == 0 ? null : new CapaSummary("capa-" + n, AssessmentVocabulary.CAPA_STATUSES.get(n % 10),
                List.of(new CapaSummary.Label("Priority", n % 2 == 0 ? "High" : "Low")), day.plusDays(90));
        return new AssessmentSummary(UUID.nameUUIDFromBytes(("execution-" + n).getBytes()).toString(),
                (100000 + n) + "-1", "CASE-" + (5000 + n), "RPT-" + n,
                AssessmentVocabulary.STATUSES.get(n % AssessmentVocabulary.STATUSES.size()),
                AssessmentVocabulary.TYPES.get(n % 2), "Annual surveillance", "Standard workflow",
                new Standard("Environmental Audit", "6.1"), n % 2 == 0 ? "Good" : "Needs improvement",
                (60 + n % 40) + ".5", 60 + n % 40,
                List.of(new FindingCount(Severity.CRITICAL, n % 2), new FindingCount(Severity.MAJOR, 2),
                        new FindingCount(Severity.MINOR, 3)),
                4, dates, stakeholders(n), capa, "Scheduled", BASE.plusHours(n), Map.of("Region", "EMEA", "Plant",
                        "P-" + n));
    }

    public static Stakeholders stakeholders(int n) {
        var assessed = new Organisation("org-" + n, "Supplier " + n + " GmbH", "ORG-" + (70000 + n), "Supplier");
        var requester = new Organisation("req-1", "Brand Buyer AG", "ORG-1", "Brand");
        var executors = List.of(new Organisation("exe-1", "Audit Firm One", "ORG-2", "Audit firm"),
                new Organisation("exe-2", null, "ORG-3", "Audit firm"));
        return new Stakeholders(assessed, new Address("Hauptstraße 1", CITIES[n % 5], "80331", null,
                COUNTRIES[n % 5]), requester, executors, "Audit Firm One", List.of());
    }
}
