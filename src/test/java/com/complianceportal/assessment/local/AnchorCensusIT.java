package com.complianceportal.assessment.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.shared.db.SqlDialect;
import com.complianceportal.testsupport.MigrationDatabase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The census's anchors are the rows at their positions, as stepping to them finds them, for the whole register, each
 * status, each country and each status with a country; pages started from them are the plain OFFSET pages; a change
 * makes the census stale until a new one is taken.
 */
class AnchorCensusIT {

    private static final List<AssessmentSort> NEWEST_FIRST = List.of(AssessmentSort.DEFAULT);

    private final MigrationDatabase database = new MigrationDatabase("anchor-census");
    private final JdbcClient jdbc = database.jdbc();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    /** Censuses taken on the calling thread, so that each test knows when one is done. */
    private AnchorCensus census;

    @BeforeEach
    void load() throws Exception {
        database.migrateTo("latest");
        DemoRegister.load(database.dataSource(), 12_000, 5L, today);
        census = new AnchorCensus(jdbc, database::dialect, Runnable::run);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The whole register, every status, the three largest countries, and each status with the largest country. */
    private List<AssessmentFilter> filters() {
        List<String> countries = jdbc.sql("SELECT country FROM assessment WHERE country IS NOT NULL GROUP BY country"
                + " ORDER BY COUNT(*) DESC LIMIT 3").query(String.class).list();
        List<AssessmentFilter> filters = new ArrayList<>(List.of(AssessmentFilter.NONE));
        AssessmentVocabulary.STATUSES.forEach(status -> filters.add(AssessmentFilter.status(status)));
        countries.forEach(country -> filters.add(AssessmentFilter.NONE.withCountry(country)));
        AssessmentVocabulary.STATUSES.forEach(status -> filters.add(AssessmentFilter.status(status)
                .withCountry(countries.getFirst())));
        return filters;
    }

    private long total(AssessmentFilter filter) {
        RegisterQuerySql.Sql count = RegisterQuerySql.where(filter, today).in(database.dialect()).count();
        return jdbc.sql(count.text()).params(count.params()).query(Long.class).single();
    }

    /** The row at {@code position} of {@code filter}, newest first, found by stepping over the rows before it. */
    private PageAnchors.Anchor stepped(AssessmentFilter filter, int position) {
        RegisterQuerySql.Sql sql = RegisterQuerySql.where(filter, today).in(database.dialect())
                .anchor(AssessmentSort.DEFAULT, null, 0, position);
        return jdbc.sql(sql.text()).params(sql.params())
                .query((rs, n) -> new PageAnchors.Anchor(rs.getObject("k"), rs.getLong("row_no"))).single();
    }

    private void sameAsStepped() {
        int compared = 0;
        for (AssessmentFilter filter : filters()) {
            long total = total(filter);
            for (int position = PageAnchors.STEP; position < total; position += PageAnchors.STEP) {
                assertThat(census.anchor(filter, NEWEST_FIRST, position)).as("%s at %d", filter, position)
                        .contains(stepped(filter, position));
                compared++;
            }
            assertThat(census.anchor(filter, NEWEST_FIRST, (int) (total / PageAnchors.STEP + 1) * PageAnchors.STEP))
                    .as("past the end of %s", filter).isEmpty();
        }
        assertThat(compared).as("anchors compared").isGreaterThanOrEqualTo(7);
    }

    @Test
    void anchors_are_the_rows_stepping_finds_and_pages_from_them_are_offset_pages() {
        if (database.dialect() == SqlDialect.POSTGRESQL) {
            assertThat(census.anchor(AssessmentFilter.NONE, NEWEST_FIRST, PageAnchors.STEP)).isEmpty();
            assertThat(census.taken()).as("PostgreSQL steps to its anchors").isZero();
            return;
        }
        assertThat(census.anchor(AssessmentFilter.NONE, NEWEST_FIRST, PageAnchors.STEP)).as("asked first: stepped")
                .isEmpty();
        assertThat(census.taken()).isEqualTo(1);
        sameAsStepped();

        PageAnchors anchors = new PageAnchors(census);
        for (AssessmentFilter filter : List.of(AssessmentFilter.NONE, AssessmentFilter.status("Completed"))) {
            long total = total(filter);
            RegisterQuerySql where = RegisterQuerySql.where(filter, today).in(database.dialect());
            for (int offset : new int[] {PageAnchors.STEP, PageAnchors.STEP + 17, (int) total * 9 / 10,
                    (int) total - 3}) {
                RegisterQuerySql.Sql page = anchors.page(filter, AssessmentSort.DEFAULT, today, offset, 50, total,
                        where, jdbc);
                RegisterQuerySql.Sql plain = where.page(NEWEST_FIRST, 50, offset);
                assertThat(jdbc.sql(page.text()).params(page.params()).query(String.class).list())
                        .as("%s at %d", filter, offset)
                        .isEqualTo(jdbc.sql(plain.text()).params(plain.params()).query(String.class).list())
                        .isNotEmpty();
            }
        }
        assertThat(census.taken()).as("one census served every filter").isEqualTo(1);
    }

    @Test
    void a_change_makes_the_census_stale_until_it_is_taken_again() {
        if (database.dialect() == SqlDialect.POSTGRESQL) {
            return;
        }
        census.take();
        PageAnchors.Anchor before = census.anchor(AssessmentFilter.NONE, NEWEST_FIRST, PageAnchors.STEP).orElseThrow();
        // The newest row becomes the oldest: every anchor of the whole register moves up by one.
        jdbc.sql("UPDATE assessment SET updated_at = updated_at - INTERVAL '3650' DAY WHERE id = (SELECT id FROM"
                + " assessment ORDER BY updated_at DESC, row_no DESC LIMIT 1)").update();
        census.changed();

        assertThat(census.anchor(AssessmentFilter.NONE, NEWEST_FIRST, PageAnchors.STEP)).as("stale").isEmpty();
        assertThat(census.taken()).isEqualTo(2);
        PageAnchors.Anchor after = census.anchor(AssessmentFilter.NONE, NEWEST_FIRST, PageAnchors.STEP).orElseThrow();
        assertThat(after).isNotEqualTo(before).isEqualTo(stepped(AssessmentFilter.NONE, PageAnchors.STEP));
        sameAsStepped();
    }

    @Test
    void other_filters_and_orders_are_left_to_stepping() {
        census.take();
        int taken = census.taken();
        for (AssessmentFilter filter : List.of(AssessmentFilter.NONE.withText("star"), AssessmentFilter.overdue(),
                AssessmentFilter.NONE.withStatuses(Set.of("New", "Submitted")))) {
            assertThat(AnchorCensus.covers(filter, NEWEST_FIRST)).as("%s", filter).isFalse();
            assertThat(census.anchor(filter, NEWEST_FIRST, PageAnchors.STEP)).isEqualTo(Optional.empty());
        }
        List<AssessmentSort> oldestFirst = List.of(new AssessmentSort(AssessmentSort.Field.UPDATED, false));
        assertThat(AnchorCensus.covers(AssessmentFilter.NONE, oldestFirst)).isFalse();
        assertThat(census.anchor(AssessmentFilter.NONE, oldestFirst, PageAnchors.STEP)).isEmpty();
        assertThat(census.taken()).as("no census for them").isEqualTo(taken);
    }
}
