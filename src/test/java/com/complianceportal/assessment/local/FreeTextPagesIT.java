package com.complianceportal.assessment.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSort.Field;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.service.RegisterOracle;
import com.complianceportal.testsupport.MigrationDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Free-text pages, whether walked in sort order or read through the text's own indexes, are exactly the rows of the
 * same filter without the text, in the same order, that the text matches ({@link RegisterOracle}).
 */
class FreeTextPagesIT {

    static final int ROWS = 4_000;
    static MigrationDatabase database;
    static DataSource dataSource;
    static LocalAssessmentSource source;
    static LocalDate today;

    @BeforeAll
    static void load() throws Exception {
        database = new MigrationDatabase("free-text-pages");
        database.migrateTo("latest");
        dataSource = database.dataSource();
        Clock clock = Clock.systemUTC();
        today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        DemoRegister.load(dataSource, ROWS, 11L, today);
        source = new LocalAssessmentSource(JdbcClient.create(dataSource), new JdbcTemplate(dataSource), clock);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    static Stream<Arguments> cases() {
        List<List<AssessmentSort>> sorts = List.of(List.of(AssessmentSort.DEFAULT),
                List.of(new AssessmentSort(Field.DUE_DATE, false)),
                List.of(new AssessmentSort(Field.ORGANISATION, true)),
                List.of(new AssessmentSort(Field.STATUS, false), new AssessmentSort(Field.ASSESSMENT_ID, true)));
        List<AssessmentFilter> filters = List.of(AssessmentFilter.NONE.withText("textiles"),
                AssessmentFilter.NONE.withText("CONTOSO"), AssessmentFilter.NONE.withText("e"),
                AssessmentFilter.status("Completed").withText("textiles"),
                AssessmentFilter.NONE.withStatuses(Set.of("New", "Submitted")).withText("co"),
                AssessmentFilter.NONE.withText("1000"), AssessmentFilter.NONE.withText("no such name"));
        List<Arguments> all = new ArrayList<>();
        for (AssessmentFilter filter : filters) {
            for (List<AssessmentSort> sort : sorts) {
                all.add(Arguments.of(filter, sort));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} sorted by {1}")
    @MethodSource("cases")
    void pages_are_the_matching_rows_of_the_unfiltered_order(AssessmentFilter filter, List<AssessmentSort> sort) {
        List<String> expected = new ArrayList<>();
        source.stream(filter.withText(null), sort, row -> {
            if (RegisterOracle.matches(row, filter, today)) {
                expected.add(row.id());
            }
        });
        assertThat(source.search(filter, sort, 0, 0).total()).isEqualTo(expected.size());
        for (int offset : new int[] {0, 50, 137, expected.size() / 2, Math.max(0, expected.size() - 20)}) {
            List<String> page = source.search(filter, sort, offset, 50).rows().stream().map(AssessmentSummary::id)
                    .toList();
            assertThat(page).as("offset %d", offset)
                    .isEqualTo(expected.subList(Math.min(offset, expected.size()),
                            Math.min(offset + 50, expected.size())));
        }
        List<String> streamed = new ArrayList<>();
        source.stream(filter, sort, row -> streamed.add(row.id()));
        assertThat(streamed).as("export order").isEqualTo(expected);
    }
}
