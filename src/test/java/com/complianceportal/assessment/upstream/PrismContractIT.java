package com.complianceportal.assessment.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.assessment.service.RegisterChanged;
import com.complianceportal.assessment.service.export.AssessmentExporter;
import com.complianceportal.assessment.service.export.ExportFormat;
import com.complianceportal.assessment.service.export.ExportProgress;
import com.complianceportal.assessment.service.export.ExportResult;
import com.complianceportal.testsupport.UpstreamKeys;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal's Rise requests checked by Stoplight Prism against the vendor's OpenAPI document ({@link RiseOpenApi}),
 * and the portal's reading of whatever schema-valid random data Prism answers with. Everything goes through the
 * services the screens use, as a signed-in viewer with a key of their own: searches with every filter and each sort
 * order, pages, counts, the dashboard, details and an export. A request that breaks the document is answered with an
 * error (the portal then fails) and named in Prism's log (the test then fails with those lines). Answers are random,
 * so each test runs several times. Needs npm for scripts/prism.sh; without npm it is skipped and says why.
 */
@SpringBootTest(properties = {
        "portal.source=upstream",
        "spring.datasource.url=jdbc:h2:mem:portal-prism;DB_CLOSE_DELAY=-1",
        "portal.upstream.read-timeout=20s",
        "portal.upstream.call-budget=30s",
        "portal.upstream.retries=0",
        "portal.upstream.export-max-rows=" + PrismContractIT.EXPORT_MAX_ROWS})
@WithMockUser(username = "viewer", roles = "VIEWER")
@EnabledIf(value = "npmInstalled", disabledReason = PrismContractIT.NO_NPM)
class PrismContractIT {

    static final String NO_NPM = "npm is not installed: the Rise contract test needs it to install Stoplight Prism "
            + "(scripts/prism.sh); install Node 18.20+ with npm, or run scripts/node24.sh";

    static final int EXPORT_MAX_ROWS = 250;
    static final int REPETITIONS = 3;
    static final Path PROJECT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

    static PrismMock prism;

    @Autowired
    ApplicationContext context;
    @Autowired
    AssessmentService assessments;
    @Autowired
    AssessmentExporter exporter;
    int logFrom;

    static boolean npmInstalled() {
        return PrismMock.npm(PROJECT).isPresent();
    }

    @BeforeAll
    static void startPrism() {
        prism = PrismMock.start(PROJECT, RiseOpenApi.asMeant(PROJECT, PROJECT.resolve(
                "target/prism/rise-rsc-openapi-as-meant.json")));
    }

    @DynamicPropertySource
    static void riseIsPrism(DynamicPropertyRegistry registry) {
        registry.add("portal.upstream.rise.base-url", () -> prism.baseUrl());
        registry.add("portal.upstream.maxsight.base-url", () -> prism.baseUrl() + "/v5");
    }

    @AfterAll
    static void stopPrism() {
        if (prism != null) {
            prism.close();
        }
    }

    /** Each repetition asks Rise again: nothing kept from the previous one. */
    @BeforeEach
    void aKeyAndNothingKept() {
        UpstreamKeys.give(context, "viewer", Upstream.RISE, "prism-contract-key-0001");
        context.publishEvent(RegisterChanged.many());
        logFrom = prism.lines().size();
    }

    @AfterEach
    void prismFoundEveryRequestValid() {
        assertThat(prism.problemsSince(logFrom))
                .as("Prism's validator on the portal's requests (whole log: target/prism/prism-*.log)")
                .isEmpty();
    }

    @RepeatedTest(REPETITIONS)
    void a_search_with_every_filter_in_each_sort_order_is_valid_and_read() {
        var filter = new AssessmentFilter("bright star", Set.of("Submitted", "New"), "Self Assessment",
                "Environmental Audit - RS Std", "Good", "France", "In-Progress", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), false, null, false);
        List<AssessmentPage> pages = new ArrayList<>();
        for (AssessmentSort.Field field : assessments.capabilities().sortable()) {
            for (boolean descending : List.of(true, false)) {
                pages.add(assessments.search(filter, List.of(new AssessmentSort(field, descending)), 0, 50));
            }
        }
        for (AssessmentFilter other : List.of(AssessmentFilter.NONE, AssessmentFilter.status("Submitted"),
                AssessmentFilter.overdue(), AssessmentFilter.NONE.withCountry("cn").withText("100139-1"),
                AssessmentFilter.dueBetween(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))
                        .withStatuses(Set.copyOf(AssessmentVocabulary.STATUSES)))) {
            pages.add(assessments.search(other, List.of(), 0, 50));
        }

        assertThat(pages).hasSize(assessments.capabilities().sortable().size() * 2 + 5)
                .allSatisfy(page -> assertRead(page, 0, 50));
        assertThat(pages).flatMap(AssessmentPage::rows).as("rows read from Prism's random data").isNotEmpty();
        assertThat(prism.requestsSince(logFrom)).as("every search reached Prism").isEqualTo(pages.size());
    }

    @RepeatedTest(REPETITIONS)
    void pages_and_counts_are_valid_and_read() {
        List<AssessmentSort> newest = List.of(AssessmentSort.DEFAULT);
        for (int offset : List.of(0, 50, 100, 5_000)) {
            assertRead(assessments.search(AssessmentFilter.NONE, newest, offset, 50), offset, 50);
        }
        assertRead(assessments.search(AssessmentFilter.NONE, newest, 0, 100), 0, 100);
        assertRead(assessments.search(AssessmentFilter.NONE, newest, 0, 500), 0, 100);

        assertThat(assessments.count(AssessmentFilter.status("In Progress"))).isNotNegative();
        assertThat(assessments.count(AssessmentFilter.NONE.withStatuses(Set.of("New", "Completed"))))
                .isNotNegative();
    }

    @RepeatedTest(REPETITIONS)
    void the_dashboard_is_valid_and_read() {
        DashboardFigures figures = assessments.dashboard().figures();

        assertThat(figures.total()).isNotNegative();
        assertThat(figures.byStatus()).containsOnlyKeys(AssessmentVocabulary.STATUSES)
                .allSatisfy((status, count) -> assertThat(count).isNotNegative());
        assertThat(Stream.of(figures.dueNext30Days(), figures.overdue(), figures.overdueCapas()))
                .allSatisfy(count -> assertThat(count).isNotNegative());
        assertThat(prism.requestsSince(logFrom)).as("one search per figure").isEqualTo(10);
    }

    @RepeatedTest(REPETITIONS)
    void details_found_by_id_are_valid_and_read() {
        List<String> ids = new ArrayList<>(List.of("5c40e755-3ab0-4fa9-9a44-f76a95f0e87d", "100000-2"));
        assessments.search(AssessmentFilter.NONE, List.of(), 0, 20).rows().stream()
                .flatMap(row -> Stream.of(row.id(), row.assessmentId()))
                .filter(id -> RiseApi.PATH_ID.matcher(id).matches()).limit(2).forEach(ids::add);

        for (String id : ids) {
            Optional<AssessmentDetail> detail = assessments.find(id);
            detail.ifPresent(found -> assertThat(found.summary()).isNotNull());
            detail.ifPresent(found -> assertThat(found.stakeholders()).isNotNull());
        }
        assertThat(assessments.find("5c40e755-3ab0-4fa9-9a44-f76a95f0e87d"))
                .as("Prism answers every valid id with an assessment").isPresent();
    }

    @RepeatedTest(REPETITIONS)
    void an_export_reads_its_first_pages_validly() throws Exception {
        var out = new ByteArrayOutputStream();
        List<AssessmentSummary> streamed = new ArrayList<>();

        ExportResult csv = exporter.write(ExportFormat.CSV, AssessmentFilter.status("Completed"),
                List.of(new AssessmentSort(AssessmentSort.Field.DUE_DATE, false)), out, ExportProgress.NONE);
        assessments.stream(AssessmentFilter.NONE, List.of(AssessmentSort.DEFAULT), streamed::add);

        assertThat(csv.rows()).isBetween(0L, (long) EXPORT_MAX_ROWS);
        assertThat(csv.total()).isNotNegative();
        assertThat(out.size()).as("at least the header").isPositive();
        assertThat(streamed).hasSizeLessThanOrEqualTo(EXPORT_MAX_ROWS).allSatisfy(PrismContractIT::assertRead);
    }

    private static void assertRead(AssessmentPage page, long offset, int limit) {
        assertThat(page.rows()).hasSizeLessThanOrEqualTo(limit).allSatisfy(PrismContractIT::assertRead);
        assertThat(page.total()).isNotNegative()
                .isGreaterThanOrEqualTo(page.rows().isEmpty() ? 0 : offset + page.rows().size());
    }

    /** A row as the register shows it: whatever Rise sent, every field the grid reads is there. */
    private static void assertRead(AssessmentSummary row) {
        assertThat(row.id()).isNotNull();
        assertThat(row.assessmentId()).isNotNull();
        assertThat(row.status()).isNotNull();
        assertThat(row.standard()).isNotNull();
        assertThat(row.findings()).isNotNull();
        assertThat(row.areasToImprove()).isNotNegative();
        assertThat(row.dates()).isNotNull();
        assertThat(row.stakeholders()).isNotNull();
        assertThat(row.customFields()).isNotNull();
    }
}
