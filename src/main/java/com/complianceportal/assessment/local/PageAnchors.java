package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keyset anchors for deep pages. A database reaches OFFSET n by stepping over n rows. For the sorts that have a unique
 * or nearly unique key, a deep page starts instead from an anchor: the sort key and row number of the row at a
 * position that is a multiple of {@link #STEP}. An anchor is read when a page first needs it, by stepping over
 * index entries only (the sort key and row number are in the index) from the nearest known point: the start, the end
 * (read in the opposite order), or an anchor already known before or after it; the page then steps over fewer than
 * {@link #STEP} index entries to its first row. So the first page at 90 % of a set steps over a tenth of it, not nine
 * tenths. The {@link AnchorCensus} knows the anchors of the default order for the whole register, each status and
 * country, so there a first deep page needs no stepping to its anchor. Anchors are dropped whenever the register
 * changes, and they belong to one day (filters such as "overdue" depend on it).
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
    private final AnchorCensus census;

    PageAnchors(AnchorCensus census) {
        this.census = census;
    }

    static boolean supports(AssessmentFilter filter, List<AssessmentSort> sort, int offset) {
        return offset >= STEP && filter.text() == null && sort.size() == 1 && FIELDS.contains(sort.getFirst().field());
    }

    /**
     * The statement for the page of {@code limit} rows at {@code offset} of a set of {@code total} rows, counted from
     * the nearest anchor.
     */
    RegisterQuerySql.Sql page(AssessmentFilter filter, AssessmentSort sort, LocalDate today, int offset, int limit,
            long total, RegisterQuerySql sql, JdbcClient jdbc) {
        ConcurrentNavigableMap<Integer, Anchor> known = cache.get(new Key(filter, sort, today),
                k -> new ConcurrentSkipListMap<>());
        int position = offset / STEP * STEP;
        Anchor anchor = known.get(position);
        if (anchor == null) {
            Optional<Anchor> read = census.anchor(filter, List.of(sort), position)
                    .or(() -> read(nearest(known, sort, position, total, sql), jdbc));
            if (read.isEmpty()) {
                return sql.page(List.of(sort), limit, offset);
            }
            anchor = read.get();
            known.put(position, anchor);
        }
        int skip = offset - position;
        if (skip > 0) {
            // The page's first row, found from the index alone: a page that stepped over the rows before it would
            // read each of them for its id.
            Optional<Anchor> first = read(sql.anchor(sort, anchor.value(), anchor.rowNo(), skip), jdbc);
            if (first.isPresent()) {
                return sql.pageFrom(sort, first.get().value(), first.get().rowNo(), limit, 0);
            }
        }
        return sql.pageFrom(sort, anchor.value(), anchor.rowNo(), limit, skip);
    }

    /**
     * The statement that reads the anchor at {@code position} with the fewest index entries stepped over: forwards
     * from the start or the known anchor before it, or backwards (the sort reversed) from the last row or the known
     * anchor after it. Every sort of {@link #FIELDS} ends in a unique tie-break, so the reversed order is exactly the
     * order read from the other end.
     */
    private static RegisterQuerySql.Sql nearest(NavigableMap<Integer, Anchor> known, AssessmentSort sort,
            int position, long total, RegisterQuerySql sql) {
        Map.Entry<Integer, Anchor> before = known.floorEntry(position);
        Map.Entry<Integer, Anchor> after = known.ceilingEntry(position);
        long forwards = before == null ? position : position - before.getKey();
        long backwards = after == null ? total - 1 - position : after.getKey() - position;
        if (forwards <= backwards) {
            return before == null ? sql.anchor(sort, null, 0, position)
                    : sql.anchor(sort, before.getValue().value(), before.getValue().rowNo(), (int) forwards);
        }
        AssessmentSort reversed = new AssessmentSort(sort.field(), !sort.descending());
        return after == null ? sql.anchor(reversed, null, 0, (int) backwards)
                : sql.anchor(reversed, after.getValue().value(), after.getValue().rowNo(), (int) backwards);
    }

    void clear() {
        cache.invalidateAll();
    }

    /** The anchor {@code sql} (one of {@link RegisterQuerySql#anchor}) reads, if there is a row there. */
    static Optional<Anchor> read(RegisterQuerySql.Sql sql, JdbcClient jdbc) {
        return jdbc.sql(sql.text()).params(sql.params())
                .query((ResultSet rs, int n) -> new Anchor(rs.getObject("k"), rs.getLong("row_no"))).optional();
    }
}
