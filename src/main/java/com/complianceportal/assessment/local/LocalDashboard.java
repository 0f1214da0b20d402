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
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    DashboardFigures figures() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        AssessmentVocabulary.STATUSES.forEach(status -> byStatus.put(status, 0L));
        jdbc.sql("SELECT status, COUNT(*) AS n FROM assessment GROUP BY status ORDER BY status")
                .query((ResultSet rs) -> {
                    byStatus.put(rs.getString("status"), rs.getLong("n"));
                });
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new DashboardFigures(total, byStatus, findings(), count(DashboardFigures.dueSoonFilter(today), today),
                count(AssessmentFilter.overdueCapas(), today));
    }

    private Map<Severity, DashboardFigures.SeverityFigure> findings() {
        String columns = Stream.of(Severity.values()).map(RegisterQuerySql::findingColumn)
                .map(c -> "SUM(" + c + ") AS " + c + "_sum, SUM(CASE WHEN " + c + " > 0 THEN 1 ELSE 0 END) AS " + c
                        + "_n")
                .collect(Collectors.joining(", "));
        Map<Severity, DashboardFigures.SeverityFigure> figures = new EnumMap<>(Severity.class);
        jdbc.sql("SELECT " + columns + " FROM assessment").query((ResultSet rs) -> {
            for (Severity severity : Severity.values()) {
                String column = RegisterQuerySql.findingColumn(severity);
                figures.put(severity, new DashboardFigures.SeverityFigure(rs.getLong(column + "_sum"),
                        rs.getLong(column + "_n")));
            }
        });
        return figures;
    }

    private long count(AssessmentFilter filter, LocalDate today) {
        RegisterQuerySql.Sql count = RegisterQuerySql.where(filter, today).count();
        return jdbc.sql(count.text()).params(count.params()).query(Long.class).single();
    }
}
