package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.Severity;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's figures, each computed with the same SQL as the register filter it links to, so that the two
 * always agree.
 */
final class LocalDashboard {

    private final JdbcClient jdbc;
    private final Clock clock;

    LocalDashboard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The figures of one day, until the register changes. */
    private record Cached(LocalDate day, DashboardFigures figures) {
    }

    private final AtomicReference<Cached> cached = new AtomicReference<>();

    DashboardFigures figures() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Cached current = cached.get();
        if (current != null && current.day().equals(today)) {
            return current.figures();
        }
        DashboardFigures figures = compute(today);
        cached.compareAndSet(current, new Cached(today, figures));
        return figures;
    }

    void clear() {
        cached.set(null);
    }

    private DashboardFigures compute(LocalDate today) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        AssessmentVocabulary.STATUSES.forEach(status -> byStatus.put(status, 0L));
        jdbc.sql("SELECT status, COUNT(*) AS n FROM assessment GROUP BY status ORDER BY status")
                .query((ResultSet rs) -> {
                    byStatus.put(rs.getString("status"), rs.getLong("n"));
                });
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new DashboardFigures(total, byStatus, findings(), count(DashboardFigures.dueSoonFilter(today), today),
                count(AssessmentFilter.overdue(), today), count(AssessmentFilter.overdueCapas(), today));
    }

    /** Per severity, read from its index alone: how many assessments have n findings, for each n. */
    private Map<Severity, DashboardFigures.SeverityFigure> findings() {
        Map<Severity, DashboardFigures.SeverityFigure> figures = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            String column = RegisterQuerySql.findingColumn(severity);
            long[] sums = new long[2];
            jdbc.sql("SELECT " + column + " AS n, COUNT(*) AS c FROM assessment WHERE " + column + " > 0 GROUP BY "
                    + column).query((ResultSet rs) -> {
                        sums[0] += rs.getLong("n") * rs.getLong("c");
                        sums[1] += rs.getLong("c");
                    });
            figures.put(severity, new DashboardFigures.SeverityFigure(sums[0], sums[1]));
        }
        return figures;
    }

    private long count(AssessmentFilter filter, LocalDate today) {
        RegisterQuerySql.Sql count = RegisterQuerySql.where(filter, today).count();
        return jdbc.sql(count.text()).params(count.params()).query(Long.class).single();
    }
}
