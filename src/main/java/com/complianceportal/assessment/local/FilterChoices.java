package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.FilterOptions;
import com.complianceportal.assessment.domain.FilterOptions.Choices;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The values present in the register for the filter pickers (type, standard, rating, country, CAPA status), shared by
 * every screen. They are read once (concurrent callers wait for the same read) by skipping through each column's
 * index from one value to the next, a few index seeks per value instead of a scan of the register. A created
 * assessment adds its values to them; a bulk change reads them again.
 */
final class FilterChoices {

    /** The columns behind the pickers, in the order of {@link FilterOptions}; each leads an index. */
    static final List<String> COLUMNS = List.of("assessment_type", "standard_name", "rating", "country",
            "capa_status");

    private final JdbcClient jdbc;
    private final LoadingCache<Boolean, FilterOptions> options = Caffeine.newBuilder().maximumSize(1)
            .build(key -> load());

    FilterChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FilterOptions get() {
        return options.get(Boolean.TRUE);
    }

    /** Adds the values of the assessment {@code id} to the choices already read. */
    void added(String id) {
        options.asMap().computeIfPresent(Boolean.TRUE, (key, current) -> {
            Optional<List<@Nullable String>> values = jdbc.sql("SELECT " + String.join(", ", COLUMNS)
                    + " FROM assessment WHERE id = ?").param(id).query((ResultSet rs, int n) -> {
                        List<@Nullable String> row = new ArrayList<>();
                        for (int i = 1; i <= COLUMNS.size(); i++) {
                            row.add(rs.getString(i));
                        }
                        return row;
                    }).optional();
            return values.map(row -> new FilterOptions(with(current.types(), row.get(0)),
                    with(current.standards(), row.get(1)), with(current.ratings(), row.get(2)),
                    with(current.countries(), row.get(3)), with(current.capaStatuses(), row.get(4)))).orElse(current);
        });
    }

    void clear() {
        options.invalidateAll();
    }

    private static Choices with(Choices choices, @Nullable String value) {
        if (value == null || choices.values().contains(value)) {
            return choices;
        }
        TreeSet<String> values = new TreeSet<>(choices.values());
        values.add(value);
        return Choices.of(List.copyOf(values));
    }

    private FilterOptions load() {
        return new FilterOptions(Choices.of(distinct(COLUMNS.get(0))), Choices.of(distinct(COLUMNS.get(1))),
                Choices.of(distinct(COLUMNS.get(2))), Choices.of(distinct(COLUMNS.get(3))),
                Choices.of(distinct(COLUMNS.get(4))));
    }

    /** The distinct values of {@code column} in order, each found by one seek in the column's index. */
    private List<String> distinct(String column) {
        List<String> values = new ArrayList<>();
        Optional<String> next = jdbc.sql("SELECT " + column + " FROM assessment WHERE " + column + " IS NOT NULL"
                + " ORDER BY " + column + " LIMIT 1").query(String.class).optional();
        while (next.isPresent()) {
            values.add(next.get());
            next = jdbc.sql("SELECT " + column + " FROM assessment WHERE " + column + " > ? ORDER BY " + column
                    + " LIMIT 1").param(next.get()).query(String.class).optional();
        }
        return values;
    }
}
