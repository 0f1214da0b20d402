package com.complianceportal.assessment.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.shared.db.SqlDialect;
import com.complianceportal.testsupport.MigrationDatabase;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Totals of status and country filters from the tallies are the totals a count gives, after creates too. */
class StatusCountryTalliesIT {

    private final MigrationDatabase database = new MigrationDatabase("status-country-tallies");
    private final JdbcClient jdbc = database.jdbc();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    /** Tallies taken on the calling thread, so that each test knows when one is done. */
    private StatusCountryTallies tallies;
    private String country;

    @BeforeEach
    void load() throws Exception {
        database.migrateTo("latest");
        DemoRegister.load(database.dataSource(), 1_500, 11L, today);
        tallies = new StatusCountryTallies(jdbc, database::dialect, Runnable::run);
        country = jdbc.sql("SELECT country FROM assessment WHERE country IS NOT NULL GROUP BY country"
                + " ORDER BY COUNT(*) DESC LIMIT 1").query(String.class).single();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<AssessmentFilter> filters() {
        return List.of(AssessmentFilter.NONE, AssessmentFilter.status("Completed"),
                AssessmentFilter.NONE.withStatuses(Set.of("New", "Submitted")), AssessmentFilter.NONE.withCountry(country),
                AssessmentFilter.status("In Progress").withCountry(country), AssessmentFilter.NONE.withCountry("ZZ"));
    }

    private long counted(AssessmentFilter filter) {
        RegisterQuerySql.Sql count = RegisterQuerySql.where(filter, today).in(database.dialect()).count();
        return jdbc.sql(count.text()).params(count.params()).query(Long.class).single();
    }

    private void sameAsCounted() {
        for (AssessmentFilter filter : filters()) {
            assertThat(tallies.total(filter, today)).as("%s", filter).contains(counted(filter));
        }
    }

    @Test
    void totals_after_one_tally_are_the_counted_totals_and_take_in_created_rows() {
        if (database.dialect() == SqlDialect.POSTGRESQL) {
            assertThat(tallies.total(AssessmentFilter.status("Completed"), today)).isEmpty();
            assertThat(tallies.tallies()).isZero();
            return;
        }
        assertThat(tallies.total(AssessmentFilter.status("Completed"), today)).as("asked first: counted").isEmpty();
        assertThat(tallies.tallies()).isEqualTo(1);
        sameAsCounted();

        insert("created-1", "In Progress", country);
        insert("created-2", "Completed", null);

        sameAsCounted();
        assertThat(tallies.total(AssessmentFilter.status("In Progress").withCountry(country), today).orElseThrow())
                .isEqualTo(counted(AssessmentFilter.status("In Progress").withCountry(country)));
        assertThat(tallies.tallies()).as("creates are added, not tallied again").isEqualTo(1);
    }

    @Test
    void a_row_missing_from_the_tallies_or_a_change_makes_them_tally_again() {
        if (database.dialect() == SqlDialect.POSTGRESQL) {
            return;
        }
        tallies.total(AssessmentFilter.NONE, today);
        jdbc.sql("DELETE FROM assessment WHERE id = (SELECT MIN(id) FROM assessment)").update();

        assertThat(tallies.total(AssessmentFilter.NONE, today)).as("the row count disagrees").isEmpty();
        assertThat(tallies.tallies()).isEqualTo(2);
        sameAsCounted();

        jdbc.sql("UPDATE assessment SET status = 'Aborted' WHERE status = 'New'").update();
        tallies.changed();

        assertThat(tallies.total(AssessmentFilter.status("Aborted"), today)).isEmpty();
        assertThat(tallies.tallies()).isEqualTo(3);
        sameAsCounted();
        assertThat(tallies.total(AssessmentFilter.status("New"), today)).contains(0L);
    }

    @Test
    void filters_on_anything_else_are_counted_by_the_caller() {
        for (AssessmentFilter filter : List.of(AssessmentFilter.NONE.withText("star"),
                AssessmentFilter.status("Completed").withText("100"), AssessmentFilter.overdue())) {
            assertThat(StatusCountryTallies.covers(filter)).isFalse();
            assertThat(tallies.total(filter, today)).isEqualTo(Optional.empty());
        }
        assertThat(tallies.tallies()).isZero();
    }

    private void insert(String id, String status, String countryCode) {
        jdbc.sql("""
                INSERT INTO assessment (id, assessment_id, case_id, status, assessment_type, standard_name,
                    issue_based, updated_at, assessed_org_id, sort_org_name, country)
                VALUES (?, ?, ?, ?, 'Self Assessment', 'S', FALSE, ?, (SELECT MIN(id) FROM organisation), 'Site', ?)""")
                .params(id, id, id, status, OffsetDateTime.now(ZoneOffset.UTC), countryCode).update();
    }
}
