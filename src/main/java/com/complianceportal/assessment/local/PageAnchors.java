package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keyset anchors for deep pages. A database reaches OFFSET n by stepping over n index entries, which at a million
 * rows costs tens of milliseconds per page. For the sorts that have a unique or nearly unique key, the sort key and
 * row number of every {@link #STEP}th row are read once per filter and sort, and a deep page then starts from the nearest
 * anchor. Anchors are dropped whenever the register changes, and they belong to one day (filters such as "overdue"
 * depend on it).
 */
final class PageAnchors {

    /** Rows between anchors; pages before the first anchor use a plain offset. */
    static final int STEP = 10_000;
    private static final int MAX_ENTRIES = 64;
    private static final Set<AssessmentSort.Field> FIELDS = Set.of(AssessmentSort.Field.UPDATED,
            AssessmentSort.Field.ASSESSMENT_ID, AssessmentSort.Field.CASE_ID, AssessmentSort.Field.ORGANISATION);

    /** The row an anchor points at: its sort key and insertion number. */
    record Anchor(Object value, long rowNo) {
    }

    private record Key(AssessmentFilter filter, AssessmentSort sort, LocalDate today) {
    }

    private final Map<Key, List<Anchor>> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, List<Anchor>> eldest) {
                    return size() > MAX_ENTRIES;
                }
            });

    static boolean supports(AssessmentFilter filter, List<AssessmentSort> sort, int offset) {
        return offset >= STEP && filter.text() == null && sort.size() == 1 && FIELDS.contains(sort.getFirst().field());
    }

    /** The anchor at or before {@code offset} (its position is a multiple of {@link #STEP}), if there is one. */
    Optional<Anchor> before(AssessmentFilter filter, AssessmentSort sort, LocalDate today, int offset,
            RegisterQuerySql sql, JdbcTemplate template) {
        List<Anchor> anchors = cache.computeIfAbsent(new Key(filter, sort, today), k -> read(sql, sort, template));
        int index = offset / STEP - 1;
        return index < 0 || anchors.isEmpty() ? Optional.empty()
                : Optional.of(anchors.get(Math.min(index, anchors.size() - 1)));
    }

    /** Position of the anchor returned by {@link #before} for {@code offset}, given how many anchors exist. */
    int position(AssessmentFilter filter, AssessmentSort sort, LocalDate today, int offset) {
        List<Anchor> anchors = cache.getOrDefault(new Key(filter, sort, today), List.of());
        return (Math.min(offset / STEP - 1, anchors.size() - 1) + 1) * STEP;
    }

    void clear() {
        cache.clear();
    }

    private static List<Anchor> read(RegisterQuerySql sql, AssessmentSort sort, JdbcTemplate template) {
        RegisterQuerySql.Sql keys = sql.keys(sort);
        List<Anchor> anchors = new ArrayList<>();
        long[] row = {0};
        template.query(keys.streaming(1_000), (ResultSet rs) -> {
            long position = row[0]++;
            if (position > 0 && position % STEP == 0) {
                anchors.add(new Anchor(rs.getObject("k"), rs.getLong("row_no")));
            }
        });
        return List.copyOf(anchors);
    }
}
