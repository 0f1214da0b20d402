package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.shared.db.SqlDialect;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL behind the dashboard's figures: each figure is counted with the same SQL as the register filter it links
 * to, over every row or over the rows written after a row number only (to add created assessments).
 */
final class DashboardQueries {

    private final JdbcClient jdbc;
    private final Supplier<SqlDialect> dialect;

    /** How many rows the register holds and its highest row number, both read in one statement. */
    record Mark(long rows, long lastRowNo) {
    }

    DashboardQueries(JdbcClient jdbc, Supplier<SqlDialect> dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    Mark mark() {
        return jdbc.sql("SELECT COUNT(*), COALESCE(MAX(row_no), 0) FROM assessment")
                .query((ResultSet rs, int n) -> new Mark(rs.getLong(1), rs.getLong(2))).single();
    }

    /** The figures of every row, or of the rows after {@code afterRowNo} only. */
    DashboardFigures compute(LocalDate today, @Nullable Long afterRowNo) {
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

    /** The rows of {@code filter}, of every row or of the rows after {@code afterRowNo} only (through its index). */
    long count(AssessmentFilter filter, LocalDate today, @Nullable Long afterRowNo) {
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

    static DashboardFigures plus(DashboardFigures a, DashboardFigures b) {
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
