package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keyset anchors for deep pages. A database reaches OFFSET n by stepping over n rows. For the sorts that have a unique
 * or nearly unique key, a deep page starts instead from an anchor: the sort key and row number of the row at a
 * position that is a multiple of {@link #STEP}. An anchor is read when a page first needs it, by stepping over
 * index entries only (the sort key and row number are in the index), from the nearest anchor already known before
 * it; the page then steps over fewer than {@link #STEP} rows. Anchors are dropped whenever the register changes, and
 * they belong to one day (filters such as "overdue" depend on it).
 */
final class PageAnchors {

    /** Rows between anchors; pages before the first anchor use a plain offset. */
    static final int STEP = 2_000;
    private static final Set<AssessmentSort.Field> FIELDS = Set.of(AssessmentSort.Field.UPDATED,
            AssessmentSort.Field.ASSESSMENT_ID, AssessmentSort.Field.CASE_ID, AssessmentSort.Field.ORGANISATION);

    /** The row an anchor points at: its sort key and insertion number. */
    record Anchor(Object value, long rowNo) {
    }

    private record Key(AssessmentFilter filter, AssessmentSort sort, LocalDate today) {
    }

    /** Per filter, sort and day: the anchors read so far, by position. */
    private final Cache<Key, ConcurrentNavigableMap<Integer, Anchor>> cache = Caffeine.newBuilder()
            .maximumSize(256).build();

    static boolean supports(AssessmentFilter filter, List<AssessmentSort> sort, int offset) {
        return offset >= STEP && filter.text() == null && sort.size() == 1 && FIELDS.contains(sort.getFirst().field());
    }

    /** The statement for the page of {@code limit} rows at {@code offset}, counted from the nearest anchor. */
    RegisterQuerySql.Sql page(AssessmentFilter filter, AssessmentSort sort, LocalDate today, int offset, int limit,
            RegisterQuerySql sql, JdbcClient jdbc) {
        ConcurrentNavigableMap<Integer, Anchor> known = cache.get(new Key(filter, sort, today),
                k -> new ConcurrentSkipListMap<>());
        int position = offset / STEP * STEP;
        Anchor anchor = known.get(position);
        if (anchor == null) {
            Map.Entry<Integer, Anchor> before = known.floorEntry(position);
            Optional<Anchor> read = before == null ? read(sql.anchor(sort, null, 0, position), jdbc)
                    : read(sql.anchor(sort, before.getValue().value(), before.getValue().rowNo(),
                            position - before.getKey()), jdbc);
            if (read.isEmpty()) {
                return sql.page(List.of(sort), limit, offset);
            }
            anchor = read.get();
            known.put(position, anchor);
        }
        return sql.pageFrom(sort, anchor.value(), anchor.rowNo(), limit, offset - position);
    }

    void clear() {
        cache.invalidateAll();
    }

    private static Optional<Anchor> read(RegisterQuerySql.Sql sql, JdbcClient jdbc) {
        return jdbc.sql(sql.text()).params(sql.params())
                .query((ResultSet rs, int n) -> new Anchor(rs.getObject("k"), rs.getLong("row_no"))).optional();
    }
}
