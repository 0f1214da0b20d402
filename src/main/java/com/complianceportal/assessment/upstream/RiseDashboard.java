package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.Severity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;

/**
 * The dashboard from Rise. Each figure is the total of exactly the register query its link opens (a search of one
 * row), the queries asked side by side as the signed-in user. Rise cannot count findings by severity or overdue CAPAs:
 * those figures are 0, and the capabilities say that they are not available.
 */
final class RiseDashboard {

    private final RiseWorkers workers;

    RiseDashboard(RiseWorkers workers) {
        this.workers = workers;
    }

    DashboardFigures figures(LocalDate today, ToLongFunction<AssessmentFilter> total) {
        ExecutorService executor = workers.forCurrentUser();
        Map<AssessmentFilter, Future<Long>> asked = new LinkedHashMap<>();
        AssessmentFilter dueSoon = DashboardFigures.dueSoonFilter(today);
        try {
            for (AssessmentFilter filter : filters(dueSoon)) {
                asked.put(filter, RiseWorkers.submit(executor, () -> total.applyAsLong(filter)));
            }
            Map<String, Long> byStatus = new LinkedHashMap<>();
            for (String status : AssessmentVocabulary.STATUSES) {
                byStatus.put(status, workers.await(asked.get(AssessmentFilter.status(status))));
            }
            Map<Severity, DashboardFigures.SeverityFigure> findings = new EnumMap<>(Severity.class);
            for (Severity severity : Severity.values()) {
                findings.put(severity, new DashboardFigures.SeverityFigure(0, 0));
            }
            return new DashboardFigures(workers.await(asked.get(AssessmentFilter.NONE)), byStatus, findings,
                    workers.await(asked.get(dueSoon)), workers.await(asked.get(AssessmentFilter.overdue())), 0);
        } finally {
            // After a failure the other figures are not needed; those already running finish on their own.
            asked.values().forEach(figure -> figure.cancel(false));
        }
    }

    private static java.util.List<AssessmentFilter> filters(AssessmentFilter dueSoon) {
        var filters = new java.util.ArrayList<AssessmentFilter>();
        filters.add(AssessmentFilter.NONE);
        AssessmentVocabulary.STATUSES.forEach(status -> filters.add(AssessmentFilter.status(status)));
        filters.add(dueSoon);
        filters.add(AssessmentFilter.overdue());
        return filters;
    }
}
