package com.complianceportal.assessment.service.export;

import com.complianceportal.assessment.domain.AssessmentDates;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.CapaSummary;
import com.complianceportal.assessment.domain.Organisation;
import com.complianceportal.assessment.domain.Severity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The exported columns, in order: every field of a register row that users need, flattened. */
public final class ExportColumns {

    /** Every column of an export; columns of moments say in their header that they are in UTC. */
    public static final List<ExportColumn> ALL = build();

    private ExportColumns() {
    }

    private static List<ExportColumn> build() {
        var c = new ArrayList<ExportColumn>();
        c.add(col("Assessment ID", AssessmentSummary::assessmentId));
        c.add(col("Case ID", AssessmentSummary::caseId));
        c.add(col("Report ID", AssessmentSummary::reportId));
        c.add(col("Status", AssessmentSummary::status));
        c.add(col("Type", AssessmentSummary::type));
        c.add(col("Reason", AssessmentSummary::reason));
        c.add(col("Workflow", AssessmentSummary::workflowName));
        c.add(col("Standard", r -> r.standard().name()));
        c.add(col("Standard version", r -> r.standard().version()));
        c.add(col("Rating", AssessmentSummary::rating));
        c.add(col("Score", r -> ExportValues.numberOrText(r.score())));
        c.add(col("Score %", AssessmentSummary::scorePercentage));
        for (Severity severity : Severity.values()) {
            c.add(col(severity.label() + " findings", r -> ExportValues.findings(r, severity)));
        }
        c.add(col("Total findings", AssessmentSummary::totalFindings));
        c.add(col("Areas to improve", AssessmentSummary::areasToImprove));
        c.add(date("Window start", AssessmentDates::windowStart));
        c.add(date("Window end", AssessmentDates::windowEnd));
        c.add(date("Due date", AssessmentDates::due));
        c.add(date("Audit start", AssessmentDates::auditStart));
        c.add(date("Audit end", AssessmentDates::auditEnd));
        c.add(moment("Started", AssessmentDates::started));
        c.add(moment("Submitted", AssessmentDates::submitted));
        c.add(moment("Completed", AssessmentDates::completed));
        c.add(moment("Reopened", AssessmentDates::reopened));
        c.add(col("Updated (UTC)", AssessmentSummary::updatedAt));
        c.add(col("Assessed organisation", r -> r.stakeholders().assessedOrg().displayName()));
        c.add(col("Organisation ID", r -> r.stakeholders().assessedOrg().orgId()));
        c.add(col("City", r -> r.stakeholders().assessedAddress().city()));
        c.add(col("Country", r -> r.stakeholders().assessedAddress().country()));
        c.add(col("Requester", r -> nameOf(r.stakeholders().requester())));
        c.add(col("Lead executor", r -> r.stakeholders().leadExecutorName()));
        c.add(col("Executors", r -> ExportValues.names(r.stakeholders().executors())));
        c.add(col("Partners", r -> ExportValues.names(r.stakeholders().selectedPartners())));
        c.add(capa("CAPA status", CapaSummary::status));
        c.add(capa("CAPA due date", CapaSummary::dueDate));
        c.add(capa("CAPA labels", capa -> ExportValues.labels(capa.labels())));
        c.add(col("Scheduling status", AssessmentSummary::schedulingStatus));
        c.add(col("Custom fields", r -> ExportValues.keyValues(r.customFields())));
        c.add(col("Execution ID", AssessmentSummary::id));
        return List.copyOf(c);
    }

    private static ExportColumn col(String header, Function<AssessmentSummary, @Nullable Object> value) {
        return new ExportColumn(header, value);
    }

    /** A calendar date: the same day wherever it is read, so its header names no time zone. */
    private static ExportColumn date(String header, Function<AssessmentDates, @Nullable LocalDate> value) {
        return new ExportColumn(header, r -> value.apply(r.dates()));
    }

    private static ExportColumn moment(String header, Function<AssessmentDates, @Nullable OffsetDateTime> value) {
        return new ExportColumn(header + " (UTC)", r -> value.apply(r.dates()));
    }

    private static ExportColumn capa(String header, Function<CapaSummary, @Nullable Object> value) {
        return new ExportColumn(header, r -> r.capa() == null ? null : value.apply(r.capa()));
    }

    private static @Nullable String nameOf(@Nullable Organisation organisation) {
        return organisation == null ? null : organisation.displayName();
    }
}
