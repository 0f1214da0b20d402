package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.Address;
import com.complianceportal.assessment.domain.AssessmentDates;
import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.CapaDetail;
import com.complianceportal.assessment.domain.CapaSummary;
import com.complianceportal.assessment.domain.ContactPerson;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.assessment.domain.StakeholderDetails;
import com.complianceportal.assessment.domain.StakeholderDetails.Party;
import com.complianceportal.assessment.domain.Stakeholders;
import com.complianceportal.assessment.domain.Standard;
import com.complianceportal.assessment.local.DemoVocabulary.Country;
import com.complianceportal.assessment.local.DemoVocabulary.StandardSpec;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A realistic, consistent demo register, the same for the same seed and day: window start <= end <= due, start
 * after the window opens, submit after start, findings only on issue-based assessments with a report, a lead
 * executor on every assessment, a CAPA only where findings need one.
 */
final class DemoRegisterGenerator {

    private final SplittableRandom random;
    private final OffsetDateTime now;
    private final List<Party> sites = new ArrayList<>();
    private final List<Party> requesters = new ArrayList<>();
    private final List<Party> auditFirms = new ArrayList<>();
    private final List<Party> agents = new ArrayList<>();
    private final Party toBeAssigned;
    private final long orderedBase;
    private long orderedSequence;
    private int caseNumber = 100_000;
    private int assessmentsInCase;
    private int caseSize;

    DemoRegisterGenerator(long seed, LocalDate today, int assessments) {
        this.random = new SplittableRandom(seed);
        // Every generated moment lies before today (UTC): an assessment created today is always the newest.
        this.now = today.atStartOfDay().atOffset(ZoneOffset.UTC).minusMinutes(1);
        this.orderedBase = now.minusYears(3).toInstant().toEpochMilli();
        int siteCount = Math.max(20, assessments / 40);
        for (int i = 0; i < siteCount; i++) {
            Country country = weighted(DemoVocabulary.COUNTRIES);
            sites.add(party(siteName(), "F-" + (200_000 + i), "Factory", country,
                    DemoVocabulary.SITE_TITLES, 1 + random.nextInt(3)));
        }
        for (String name : DemoVocabulary.REQUESTERS) {
            requesters.add(party(name, "B-" + (10_000 + requesters.size()), "Brand", pick(DemoVocabulary.COUNTRIES
                    .subList(8, 13)), DemoVocabulary.BUYER_TITLES, 2));
        }
        for (String name : DemoVocabulary.AUDIT_FIRMS) {
            auditFirms.add(party(name, "A-" + (30_000 + auditFirms.size()), "Audit Firm",
                    pick(DemoVocabulary.COUNTRIES), DemoVocabulary.FIRM_TITLES, 2 + random.nextInt(2)));
        }
        for (String name : DemoVocabulary.AGENTS) {
            agents.add(party(name, "P-" + (40_000 + agents.size()), "Agent", pick(DemoVocabulary.COUNTRIES),
                    DemoVocabulary.BUYER_TITLES, 1));
        }
        toBeAssigned = new Party(new Organisation(uuid(), "Audit firm to be assigned", null, "Audit Firm"),
                Address.NONE, List.of());
    }

    /** Every organisation the assessments refer to, with contacts; written before any assessment. */
    List<Party> organisations() {
        List<Party> all = new ArrayList<>(sites);
        all.addAll(requesters);
        all.addAll(auditFirms);
        all.addAll(agents);
        all.add(toBeAssigned);
        return all;
    }

    AssessmentDetail next() {
        if (assessmentsInCase == caseSize) {
            caseNumber++;
            assessmentsInCase = 0;
            caseSize = 1 + random.nextInt(3);
        }
        assessmentsInCase++;
        int siteIndex = random.nextInt(sites.size());
        Party site = sites.get(siteIndex);
        String status = status();
        boolean verification = random.nextInt(100) < 70;
        StandardSpec spec = verification ? pick(DemoVocabulary.STANDARDS.subList(0, 5))
                : pick(DemoVocabulary.STANDARDS.subList(3, 6));
        AssessmentDates dates = dates(status, verification);
        boolean reported = dates.submitted() != null;
        List<FindingCount> findings = spec.issueBased() && reported ? findings() : List.of();
        int critical = count(findings, Severity.CRITICAL);
        int major = count(findings, Severity.MAJOR);
        int areas = Math.min(critical + major + count(findings, Severity.MINOR), 6);
        Integer percentage = reported ? percentage(spec, findings) : null;
        String score = percentage == null ? null : spec.issueBased() ? percentage + "/100" : percentage / 2 + "/50";
        String rating = percentage == null ? null : rating(critical, major, percentage);
        Party requester = random.nextInt(100) < 95 ? pick(requesters) : null;
        List<StakeholderDetails.Executor> executors = executors(site, status, verification);
        List<Party> partners = random.nextInt(100) < 30 ? List.of(pick(agents)) : List.of();
        String id = orderedUuid();
        CapaDetail capa = areas > 0 ? capa(status, dates, critical, major, areas, site) : null;
        OffsetDateTime updated = latest(dates, capa);
        String reason = random.nextInt(10) == 0 ? null : pick(DemoVocabulary.REASONS);
        Stakeholders list = new Stakeholders(site.organisation(), site.address(),
                requester == null ? null : requester.organisation(),
                executors.stream().map(e -> e.party().organisation()).toList(),
                executors.getFirst().party().organisation().displayName(),
                partners.stream().map(Party::organisation).toList());
        AssessmentSummary summary = new AssessmentSummary(id, caseNumber + "-" + assessmentsInCase,
                String.valueOf(caseNumber), reported ? uuid() : null, status,
                verification ? AssessmentVocabulary.TYPES.get(0) : AssessmentVocabulary.TYPES.get(1), reason,
                spec.workflow(), new Standard(spec.name(), spec.version()), rating, score, percentage, findings, areas,
                dates, list, capa == null ? null : capa.summary(),
                verification ? pick(DemoVocabulary.SCHEDULING) : null, updated, customFields());
        String description = (reason == null ? "Assessment" : reason) + " of " + site.organisation().name() + " in "
                + site.address().city() + " against " + spec.name() + " " + spec.version()
                + (requester == null ? "." : ", requested by " + sentenceEnd(requester.organisation().name()));
        String comment = reported ? overallComment(findings, areas) : null;
        return new AssessmentDetail(summary, description, comment,
                new StakeholderDetails(site, requester, executors, partners), capa, null);
    }

    private String status() {
        int roll = random.nextInt(1000);
        for (int i = 0; i < DemoVocabulary.STATUS_WEIGHTS.length; i++) {
            roll -= DemoVocabulary.STATUS_WEIGHTS[i];
            if (roll < 0) {
                return AssessmentVocabulary.STATUSES.get(i);
            }
        }
        return AssessmentVocabulary.STATUSES.getFirst();
    }

    private AssessmentDates dates(String status, boolean verification) {
        OffsetDateTime windowStart = switch (status) {
            case "New" -> now.plusDays(-30 + random.nextInt(91));
            case "In Progress" -> now.minusDays(5 + random.nextInt(86));
            default -> now.minusDays(40 + random.nextInt(690));
        };
        windowStart = windowStart.withHour(8 + random.nextInt(3)).withMinute(0);
        OffsetDateTime windowEnd = windowStart.plusDays(7 + random.nextInt(54));
        OffsetDateTime due = windowEnd.plusDays(random.nextInt(31));
        OffsetDateTime started = null;
        OffsetDateTime submitted = null;
        OffsetDateTime completed = null;
        OffsetDateTime reopened = null;
        if (!status.equals("New") && !status.equals("Assessment Canceled")) {
            started = before(windowStart.plusDays(random.nextInt(5)).plusHours(random.nextInt(8)), now);
        }
        if (started != null && List.of("Completed", "Submitted", "Report Declined").contains(status)) {
            submitted = before(started.plusDays(1 + random.nextInt(20)).plusMinutes(random.nextInt(600)), now);
        }
        if (submitted != null && status.equals("Completed")) {
            completed = before(submitted.plusDays(1 + random.nextInt(30)), now);
            if (random.nextInt(50) == 0) {
                reopened = before(completed.plusDays(1 + random.nextInt(10)), now);
            }
        }
        OffsetDateTime auditStart = verification && started != null ? started.truncatedTo(
                java.time.temporal.ChronoUnit.DAYS) : null;
        OffsetDateTime auditEnd = auditStart == null ? null : before(auditStart.plusDays(random.nextInt(3)), now);
        return new AssessmentDates(CalendarDates.of(windowStart), CalendarDates.of(windowEnd), CalendarDates.of(due),
                CalendarDates.of(auditStart), CalendarDates.of(auditEnd), started, submitted, completed, reopened);
    }

    private List<FindingCount> findings() {
        List<FindingCount> findings = new ArrayList<>();
        add(findings, Severity.CRITICAL, random.nextInt(100) < 25 ? 1 + random.nextInt(2) : 0);
        add(findings, Severity.MAJOR, random.nextInt(100) < 55 ? 1 + random.nextInt(5) : 0);
        add(findings, Severity.MINOR, random.nextInt(100) < 75 ? 1 + random.nextInt(8) : 0);
        add(findings, Severity.OBSERVATION, random.nextInt(100) < 50 ? 1 + random.nextInt(4) : 0);
        return findings;
    }

    private static void add(List<FindingCount> findings, Severity severity, int count) {
        if (count > 0) {
            findings.add(new FindingCount(severity, count));
        }
    }

    private static int count(List<FindingCount> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).mapToInt(FindingCount::count).sum();
    }

    private int percentage(StandardSpec spec, List<FindingCount> findings) {
        if (!spec.issueBased()) {
            return 40 + random.nextInt(61);
        }
        int penalty = count(findings, Severity.CRITICAL) * 20 + count(findings, Severity.MAJOR) * 7
                + count(findings, Severity.MINOR) * 2;
        return Math.max(0, 100 - penalty);
    }

    private static String rating(int critical, int major, int percentage) {
        List<String> ratings = DemoVocabulary.RATINGS;
        if (critical > 0 || percentage < 40) {
            return ratings.get(4);
        }
        if (major > 3 || percentage < 60) {
            return ratings.get(3);
        }
        if (major > 0 || percentage < 75) {
            return ratings.get(2);
        }
        return percentage < 90 ? ratings.get(1) : ratings.get(0);
    }

    private List<StakeholderDetails.Executor> executors(Party site, String status, boolean verification) {
        if (!verification) {
            return List.of(new StakeholderDetails.Executor(site, true, true, false, List.of("Respondent")));
        }
        if (status.equals("New") && random.nextInt(4) == 0) {
            return List.of(new StakeholderDetails.Executor(toBeAssigned, true, false, true, List.of("Lead Auditor")));
        }
        Party lead = pick(auditFirms);
        List<StakeholderDetails.Executor> executors = new ArrayList<>();
        executors.add(new StakeholderDetails.Executor(lead, true, true, false, List.of("Lead Auditor", "Auditor")));
        if (random.nextInt(4) == 0) {
            Party second = pick(auditFirms);
            if (second != lead) {
                executors.add(new StakeholderDetails.Executor(second, false, false, false, List.of("Auditor")));
            }
        }
        return executors;
    }

    private CapaDetail capa(String status, AssessmentDates dates, int critical, int major, int areas, Party site) {
        OffsetDateTime submitted = dates.submitted();
        String capaStatus = switch (status) {
            case "Completed" -> random.nextInt(10) < 6 ? "Closed" : "Approved";
            case "Report Declined" -> "Declined";
            default -> pick(List.of("New", "In-Progress", "Submitted", "In Review", "Reopened"));
        };
        LocalDate due = CalendarDates.of(submitted.plusDays(30 + random.nextInt(61)));
        OffsetDateTime updated = before(submitted.plusDays(1 + random.nextInt(40)), now);
        OffsetDateTime approved = capaStatus.equals("Approved") ? updated : null;
        String priority = critical > 0 ? "High" : major > 0 ? "Medium" : "Low";
        boolean done = capaStatus.equals("Closed") || capaStatus.equals("Approved");
        List<CapaDetail.AreaToImprove> list = new ArrayList<>();
        int firstTitle = random.nextInt(DemoVocabulary.AREA_TITLES.size());
        for (int i = 0; i < areas; i++) {
            boolean completed = done || random.nextInt(3) == 0;
            list.add(new CapaDetail.AreaToImprove(orderedUuid(),
                    DemoVocabulary.AREA_TITLES.get((firstTitle + i) % DemoVocabulary.AREA_TITLES.size()),
                    pick(DemoVocabulary.AREA_CATEGORIES), "Observed during the site visit; evidence on file.",
                    i < critical + major, "Fix the root cause and keep evidence of the correction.",
                    completed ? "Completed" : random.nextBoolean() ? "Open" : "In Progress",
                    site.contacts().isEmpty() ? null : site.contacts().getFirst().name(),
                    completed ? CalendarDates.of(updated) : null));
        }
        return new CapaDetail(new CapaSummary(uuid(), capaStatus, List.of(new CapaSummary.Label("Priority", priority)),
                due), submitted, updated, approved, list);
    }

    private Map<String, String> customFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            fields.put("Buyer reference", "PO-" + (100_000 + random.nextInt(900_000)));
        }
        if (random.nextInt(10) < 3) {
            fields.put("Production line", pick(List.of("Knitwear", "Denim", "Outerwear", "Footwear", "Home textiles")));
        }
        return fields;
    }

    private static String overallComment(List<FindingCount> findings, int areas) {
        int total = findings.stream().mapToInt(FindingCount::count).sum();
        if (total == 0) {
            return "No findings. The site is well organised and the records are complete.";
        }
        return total + (total == 1 ? " finding" : " findings") + " raised; " + areas
                + (areas == 1 ? " area to improve is" : " areas to improve are") + " followed up in the CAPA plan.";
    }

    /** A name at the end of a sentence: "Acme Co., Ltd." already ends it. */
    private static String sentenceEnd(String name) {
        return name.endsWith(".") ? name : name + ".";
    }

    private OffsetDateTime latest(AssessmentDates d, @Nullable CapaDetail capa) {
        OffsetDateTime latest = CalendarDates.startOf(d.windowStart());
        for (OffsetDateTime t : new OffsetDateTime[] {d.started(), CalendarDates.startOf(d.auditEnd()), d.submitted(),
                d.completed(),
                d.reopened(), capa == null ? null : capa.updatedAt()}) {
            if (t != null && t.isAfter(latest)) {
                latest = t;
            }
        }
        return latest.isAfter(now) ? now.minusHours(1 + random.nextInt(24 * 30)) : latest;
    }

    private static OffsetDateTime before(OffsetDateTime value, OffsetDateTime limit) {
        return value.isAfter(limit) ? limit : value;
    }

    private Party party(String name, String orgId, String type, Country country, List<String> titles, int contacts) {
        int city = random.nextInt(country.cities().size());
        String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "").replaceAll("(coltd|ltd|limited|inc|sa"
                + "|gmbh|pvtltd|jsc)$", "");
        domain = domain.substring(0, Math.min(domain.length(), 20)) + ".example";
        List<ContactPerson> people = new ArrayList<>();
        for (int i = 0; i < contacts; i++) {
            String first = pick(DemoVocabulary.FIRST_NAMES);
            String last = pick(DemoVocabulary.LAST_NAMES);
            people.add(new ContactPerson(first + " " + last, pick(titles),
                    (first + "." + last).toLowerCase(Locale.ROOT) + "@" + domain,
                    country.dialCode() + " " + (200 + random.nextInt(800)) + " " + (1000 + random.nextInt(9000))
                            + " " + (100 + random.nextInt(900))));
        }
        Address address = new Address((1 + random.nextInt(400)) + " " + pick(DemoVocabulary.NAME_SECOND) + " Road",
                country.cities().get(city), String.valueOf(10_000 + random.nextInt(89_999)),
                country.provinces().get(city), country.code());
        return new Party(new Organisation(uuid(), name, orgId, type), address, people);
    }

    private String siteName() {
        return pick(DemoVocabulary.NAME_FIRST) + " " + pick(DemoVocabulary.NAME_SECOND) + " "
                + pick(DemoVocabulary.NAME_KIND) + " " + pick(DemoVocabulary.LEGAL);
    }

    private Country weighted(List<Country> countries) {
        int total = countries.stream().mapToInt(Country::weight).sum();
        int roll = random.nextInt(total);
        for (Country c : countries) {
            roll -= c.weight();
            if (roll < 0) {
                return c;
            }
        }
        return countries.getFirst();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * A version 7 (time-ordered) UUID: the ids of generated assessments and CAPA areas ascend, so bulk inserts append
     * to their indexes instead of touching random pages.
     */
    private String orderedUuid() {
        long millis = orderedBase + (++orderedSequence);
        long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
