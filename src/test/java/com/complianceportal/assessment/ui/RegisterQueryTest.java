package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.service.ListedAssessments;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegisterQueryTest {

    private static RegisterQuery parse(String query) {
        return RegisterQuery.parse(QueryParameters.fromString(query));
    }

    @Test
    void names_every_ignored_part_with_its_reason() {
        RegisterQuery query = parse("due=2025-13-40&status=Submitted&status=Nope&due_from=2026-05-01&due_to=2026-01-01"
                + "&country=XX&sort=dueDate:sideways");

        assertThat(query.ignored()).containsExactlyInAnyOrder("due (not a register filter)",
                "status=Nope (not a status)", "due_to=2026-01-01 (before due_from)",
                "country=XX (not a two-letter country code)", "sort=dueDate:sideways (direction is asc or desc)");
        assertThat(query.filter().statuses()).containsExactly("Submitted");
        assertThat(query.filter().dueFrom()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(query.filter().dueTo()).as("an inverted range is refused, as the date fields refuse it").isNull();
    }

    @Test
    void dates_outside_the_years_a_date_field_shows_are_not_understood() {
        for (String date : new String[] {"%2B999999999-12-31", "+999999999-12-31", "-999999999-01-01", "0000-01-01",
                "%2B99999-01-01", "1899-12-31", "%2B10000-01-01"}) {
            RegisterQuery query = parse("due_from=" + date + "&due_to=" + date);

            assertThat(query.filter().dueFrom()).as(date).isNull();
            assertThat(query.filter().dueTo()).as(date).isNull();
            assertThat(query.ignored()).as(date).hasSize(2)
                    .allSatisfy(reason -> assertThat(reason).endsWith("(not a date like 2026-12-31)"));
        }
        RegisterQuery edges = parse("due_from=1900-01-01&due_to=9999-12-31");
        assertThat(edges.ignored()).isEmpty();
        assertThat(edges.filter().dueTo()).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void writes_the_parameters_in_one_fixed_order_whatever_order_they_came_in() {
        RegisterQuery a = parse("sort=dueDate:asc&country=cn&status=Submitted&q=bright&status=New");
        RegisterQuery b = parse("q=bright&status=New&status=Submitted&country=CN&sort=dueDate:asc");

        assertThat(a.location()).isEqualTo(b.location())
                .isEqualTo("assessments?q=bright&status=New&status=Submitted&country=CN&sort=dueDate:asc");
    }

    @Test
    void reads_back_what_it_writes() {
        var filter = new AssessmentFilter("Bright & Star 100%", Set.of("In Progress"), "Self Assessment", null, null,
                "DE", "In-Progress", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 3, 4), true, null, true);
        RegisterQuery written = RegisterQuery.of(filter, java.util.List.of());

        RegisterQuery read = RegisterQuery.parse(written.toParameters());

        assertThat(read.filter()).isEqualTo(filter);
        assertThat(read.ignored()).isEmpty();
        assertThat(written.location()).contains("q=Bright%20%26%20Star%20100%25", "status=In%20Progress");
    }

    @Test
    void what_the_source_cannot_do_is_dropped_and_named_with_the_source() {
        RegisterQuery query = parse("q=bright&severity=Major&country=CN&sort=caseId:asc,updated:desc,dueDate:asc")
                .within(ListedAssessments.SMALL);

        assertThat(query.filter()).isEqualTo(AssessmentFilter.NONE.withText("bright"));
        assertThat(query.sort()).extracting(s -> s.field().key()).containsExactly("updated");
        assertThat(query.ignored()).containsExactly("country (not available from a small source)",
                "findings by severity (not available from a small source)",
                "sort by caseId (not available from a small source)",
                "sort by dueDate (a small source sorts by one column at a time)");
    }

    @Test
    void an_empty_filter_is_the_bare_register_address() {
        assertThat(RegisterQuery.link(AssessmentFilter.NONE)).isEqualTo("assessments");
    }
}
