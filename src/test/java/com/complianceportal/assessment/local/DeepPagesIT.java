package com.complianceportal.assessment.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentRowPage;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSort.Field;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.service.RegisterChanged;
import com.complianceportal.testsupport.MigrationDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deep pages served from keyset anchors are exactly the pages a plain OFFSET gives. */
class DeepPagesIT {

    static final int ROWS = 32_000;
    static MigrationDatabase database;
    static DataSource dataSource;
    static LocalAssessmentSource source;
    static JdbcClient jdbc;
    static LocalDate today;

    @BeforeAll
    static void load() throws Exception {
        database = new MigrationDatabase("deep-pages");
        database.migrateTo("latest");
        dataSource = database.dataSource();
        Clock clock = Clock.systemUTC();
        today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        DemoRegister.load(dataSource, ROWS, 7L, today);
        jdbc = JdbcClient.create(dataSource);
        source = new LocalAssessmentSource(jdbc, new JdbcTemplate(dataSource), clock);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @ParameterizedTest
    @CsvSource({"UPDATED, true, ", "UPDATED, false, ", "ASSESSMENT_ID, false, ", "CASE_ID, true, ",
            "ORGANISATION, false, ", "ORGANISATION, true, ", "UPDATED, true, Completed"})
    void anchored_pages_equal_plain_offset_pages(Field field, boolean descending, String status) {
        AssessmentFilter filter = status == null ? AssessmentFilter.NONE : AssessmentFilter.status(status);
        List<AssessmentSort> sort = List.of(new AssessmentSort(field, descending));
        long total = source.count(filter);
        samePages(filter, sort, 9_999, 10_000, 10_001, 15_321, 20_000, (int) total - 50, (int) total - 3);
    }

    /**
     * Deep pages first, so that anchors are read backwards from the last row, then pages between anchors known on
     * both sides and before the first one: each read from the nearer side gives the page a plain OFFSET gives.
     */
    @ParameterizedTest
    @CsvSource({"UPDATED, true, ", "UPDATED, false, ", "ASSESSMENT_ID, true, ", "CASE_ID, false, ",
            "ORGANISATION, true, ", "UPDATED, true, In Progress", "UPDATED, false, Completed"})
    void anchors_read_from_the_end_give_the_same_pages(Field field, boolean descending, String status) {
        AssessmentFilter filter = status == null ? AssessmentFilter.NONE : AssessmentFilter.status(status);
        List<AssessmentSort> sort = List.of(new AssessmentSort(field, descending));
        source.registerChanged(RegisterChanged.many());
        int total = (int) source.count(filter);
        samePages(filter, sort, total - 1, total - 2_001, total * 9 / 10, total - 7_000, 2_000 * (total / 4_000) + 17,
                6_000, 4_001, total / 2, 2_000);
    }

    private void samePages(AssessmentFilter filter, List<AssessmentSort> sort, int... offsets) {
        long total = source.count(filter);
        for (int offset : offsets) {
            if (offset < 0 || offset >= total) {
                continue;
            }
            List<String> anchored = source.search(filter, sort, offset, 50).rows().stream().map(AssessmentSummary::id)
                    .toList();
            RegisterQuerySql.Sql plain = RegisterQuerySql.where(filter, today).in(database.dialect())
                    .page(sort, 50, offset);
            List<String> expected = jdbc.sql(plain.text()).params(plain.params()).query(String.class).list();
            assertThat(anchored).as("offset %d of %d", offset, total).isEqualTo(expected).isNotEmpty();
        }
    }

    /** The grid's rows, read without each assessment's lists, are the rows of the search's summaries. */
    @ParameterizedTest
    @CsvSource({"UPDATED, true, , , 0", "UPDATED, true, , , 25000", "UPDATED, true, Completed, , 9000",
            "ORGANISATION, false, , , 12345", "DUE_DATE, true, , star, 0", "STATUS, false, In Progress, , 40"})
    void grid_rows_are_the_rows_of_the_summaries(Field field, boolean descending, String status, String text,
            int offset) {
        AssessmentFilter filter = (status == null ? AssessmentFilter.NONE : AssessmentFilter.status(status))
                .withText(text);
        List<AssessmentSort> sort = List.of(new AssessmentSort(field, descending));
        AssessmentRowPage rows = source.rows(filter, sort, offset, 50);
        assertThat(rows).isEqualTo(AssessmentRowPage.of(source.search(filter, sort, offset, 50)));
        assertThat(rows.rows()).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"UPDATED, true"})
    void anchors_are_dropped_when_the_register_changes(Field field, boolean descending) {
        List<AssessmentSort> sort = List.of(new AssessmentSort(field, descending));
        List<AssessmentSummary> before = source.search(AssessmentFilter.NONE, sort, 20_000, 5).rows();
        String newest = jdbc.sql("SELECT id FROM assessment ORDER BY updated_at DESC, id DESC LIMIT 1")
                .query(String.class).single();
        jdbc.sql("UPDATE assessment SET updated_at = updated_at - INTERVAL '3650' DAY WHERE id = ?").param(newest)
                .update();
        source.registerChanged(new RegisterChanged(newest));
        List<AssessmentSummary> after = source.search(AssessmentFilter.NONE, sort, 20_000, 5).rows();
        assertThat(after.getFirst().id()).isEqualTo(before.get(1).id());
    }
}
