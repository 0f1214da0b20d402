package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.shared.db.SqlDialect;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's figures, each computed with the same SQL as the register filter it links to, so that the two
 * always agree. They are computed once per day and register state: callers that ask while they are computed wait for
 * that computation instead of starting their own. A created assessment does not make them count the whole register
 * again: the rows written after the counted ones (by insertion number) are counted and added, and a check of the row
 * count proves that nothing else was missed; when it does not, the figures are computed afresh on the next visit.
 */
final class LocalDashboard {

    /** A last row number that cannot be extended: rows were written while the figures were computed. */
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Supplier<SqlDialect> dialect;
    private final LoadingCache<LocalDate, Counted> cached = Caffeine.newBuilder().maximumSize(2)
            .build(this::load);
    private final AtomicInteger computations = new AtomicInteger();

    /** Figures over {@code rows} rows, all rows up to {@code lastRowNo} (or {@link #UNKNOWN}). */
    private record Counted(DashboardFigures figures, long rows, long lastRowNo) {
    }

    /** How many rows the register holds and its highest row number, both read in one statement. */
    private record Mark(long rows, long lastRowNo) {
    }

    LocalDashboard(JdbcClient jdbc, Clock clock, Supplier<SqlDialect> dialect) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dialect = dialect;
    }

    DashboardFigures figures() {
        return cached.get(LocalDate.now(clock.withZone(ZoneOffset.UTC))).figures();
    }

    void clear() {
        cached.invalidateAll();
    }

    /** Assessments were created and nothing else changed: the figures take in the new rows. */
    void added() {
        for (LocalDate day : List.copyOf(cached.asMap().keySet())) {
            cached.asMap().computeIfPresent(day, this::extend);
        }
    }

    /** How many times the whole register was counted since this dashboard was made. */
    int computations() {
        return computations.get();
    }

    private Counted load(LocalDate today) {
        computations.incrementAndGet();
        Mark before = mark();
        DashboardFigures figures = compute(today, null);
        Mark after = mark();
        return new Counted(figures, before.rows(), before.equals(after) ? before.lastRowNo() : UNKNOWN);
    }

    private @Nullable Counted extend(LocalDate today, Counted counted) {
        if (counted.lastRowNo() == UNKNOWN) {
            return null;
        }
        Mark before = mark();
        DashboardFigures added = compute(today, counted.lastRowNo());
        Mark after = mark();
        if (!before.equals(after) || counted.rows() + added.total() != before.rows()) {
            return null;
        }
        return new Counted(plus(counted.figures(), added), before.rows(), before.lastRowNo());
    }

    private Mark mark() {
        return jdbc.sql("SELECT COUNT(*), COALESCE(MAX(row_no), 0) FROM assessment")
                .query((ResultSet rs, int n) -> new Mark(rs.getLong(1), rs.getLong(2))).single();
    }

    /** The figures of every row, or of the rows after {@code afterRowNo} only. */
    private DashboardFigures compute(LocalDate today, @Nullable Long afterRowNo) {
        String newer = afterRowNo == null ? "" : " AND row_no > ?";
        List<Object> params = afterRowNo == null ? List.of() : List.of(afterRowNo);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        AssessmentVocabulary.STATUSES.forEach(status -> byStatus.put(status, 0L));
        jdbc.sql("SELECT status, COUNT(*) AS n FROM assessment" + rowNoIndex(afterRowNo) + " WHERE 1=1" + newer
                + " GROUP BY status ORDER BY status").params(params).query((ResultSet rs) -> {
                    byStatus.put(rs.getString("status"), rs.getLong("n"));
                });
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new DashboardFigures(total, byStatus, findings(afterRowNo),
                count(DashboardFigures.dueSoonFilter(today), today, afterRowNo),
                count(AssessmentFilter.overdue(), today, afterRowNo),
                count(AssessmentFilter.overdueCapas(), today, afterRowNo));
    }

    /** Per severity, read from its index alone: how many assessments have n findings, for each n. */
    private Map<Severity, DashboardFigures.SeverityFigure> findings(@Nullable Long afterRowNo) {
        Map<Severity, DashboardFigures.SeverityFigure> figures = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            String column = RegisterQuerySql.findingColumn(severity);
            long[] sums = new long[2];
            jdbc.sql("SELECT " + column + " AS n, COUNT(*) AS c FROM assessment" + rowNoIndex(afterRowNo) + " WHERE "
                    + column + " > 0" + (afterRowNo == null ? "" : " AND row_no > ?") + " GROUP BY " + column)
                    .params(afterRowNo == null ? List.of() : List.of(afterRowNo)).query((ResultSet rs) -> {
                        sums[0] += rs.getLong("n") * rs.getLong("c");
                        sums[1] += rs.getLong("c");
                    });
            figures.put(severity, new DashboardFigures.SeverityFigure(sums[0], sums[1]));
        }
        return figures;
    }

    private long count(AssessmentFilter filter, LocalDate today, @Nullable Long afterRowNo) {
        RegisterQuerySql.Sql count = RegisterQuerySql.where(filter, today).count();
        if (afterRowNo == null) {
            return jdbc.sql(count.text()).params(count.params()).query(Long.class).single();
        }
        List<Object> params = new ArrayList<>(count.params());
        params.add(afterRowNo);
        return jdbc.sql(count.text().replace("FROM assessment a WHERE", "FROM assessment a" + rowNoIndex(afterRowNo)
                + " WHERE") + " AND a.row_no > ?").params(params).query(Long.class).single();
    }

    /**
     * The few rows after a row number are read through the insertion-order index (H2 is told so; PostgreSQL's planner
     * finds it from its statistics).
     */
    private String rowNoIndex(@Nullable Long afterRowNo) {
        return afterRowNo == null || dialect.get() != SqlDialect.H2 ? "" : " USE INDEX (assessment_row_no)";
    }

    private static DashboardFigures plus(DashboardFigures a, DashboardFigures b) {
        Map<String, Long> byStatus = new LinkedHashMap<>(a.byStatus());
        b.byStatus().forEach((status, n) -> byStatus.merge(status, n, Long::sum));
        Map<Severity, DashboardFigures.SeverityFigure> findings = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            DashboardFigures.SeverityFigure x = a.findings().get(severity);
            DashboardFigures.SeverityFigure y = b.findings().get(severity);
            findings.put(severity, new DashboardFigures.SeverityFigure(x.findings() + y.findings(),
                    x.assessments() + y.assessments()));
        }
        return new DashboardFigures(a.total() + b.total(), byStatus, findings, a.dueNext30Days() + b.dueNext30Days(),
                a.overdue() + b.overdue(), a.overdueCapas() + b.overdueCapas());
    }
}
