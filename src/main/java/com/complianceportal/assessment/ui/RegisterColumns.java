package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.FindingCount;
import com.complianceportal.base.ui.UserTime;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.Grid.Column;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Builds the register's columns. Cell texts are bound as text by Lit templates, never as HTML. */
final class RegisterColumns {

    /** One finding badge as the grid cell template receives it. */
    record FindingBadge(String text, String label, String theme) {
    }

    private final UserTime time;

    RegisterColumns(UserTime time) {
        this.time = time;
    }

    void addTo(Grid<AssessmentSummary> grid, Map<RegisterColumn, Column<AssessmentSummary>> columns) {
        for (RegisterColumn column : RegisterColumn.values()) {
            Column<AssessmentSummary> added = switch (column) {
                case STATUS -> grid.addColumn(badge(AssessmentSummary::status, Badges::statusTheme));
                case RATING -> grid.addColumn(badge(AssessmentSummary::rating, Badges::ratingTheme));
                case FINDINGS -> grid.addColumn(findings()).setAutoWidth(true);
                case SCORE -> grid.addColumn(s -> s.scorePercentage() == null ? "" : s.scorePercentage() + " %")
                        .setTextAlign(ColumnTextAlign.END);
                case DUE_DATE -> grid.addColumn(due());
                default -> grid.addColumn(text(column));
            };
            added.setHeader(column.header()).setKey(column.key()).setResizable(true);
            if (column.sortField() != null) {
                added.setSortable(true).setSortProperty(column.sortField().key());
            } else {
                added.setSortable(false);
            }
            if (column == RegisterColumn.ASSESSMENT_ID) {
                added.setFrozen(true).setAutoWidth(true).setFlexGrow(0);
            }
            added.setVisible(RegisterColumn.defaults().contains(column));
            columns.put(column, added);
        }
    }

    private ValueProvider<AssessmentSummary, String> text(RegisterColumn column) {
        return s -> Objects.requireNonNullElse(switch (column) {
            case ASSESSMENT_ID -> s.assessmentId();
            case CASE_ID -> s.caseId();
            case TYPE -> s.type();
            case STANDARD -> s.standard().label();
            case ORGANISATION -> s.stakeholders().assessedOrg().displayName();
            case COUNTRY -> s.stakeholders().assessedAddress().country();
            case CITY -> s.stakeholders().assessedAddress().city();
            case REQUESTER -> s.stakeholders().requester() == null ? null
                    : s.stakeholders().requester().displayName();
            case LEAD_EXECUTOR -> s.stakeholders().leadExecutorName();
            case CAPA_STATUS -> s.capa() == null ? null : s.capa().status();
            case CAPA_DUE -> s.capa() == null ? null : time.date(s.capa().dueDate());
            case REASON -> s.reason();
            case WORKFLOW -> s.workflowName();
            case UPDATED -> time.dateTime(s.updatedAt());
            default -> null;
        }, "");
    }

    private static LitRenderer<AssessmentSummary> badge(ValueProvider<AssessmentSummary, @Nullable String> value,
            java.util.function.Function<String, String> theme) {
        return LitRenderer.<AssessmentSummary>of(
                "${item.text ? html`<vaadin-badge theme=\"${item.theme} small\">${item.text}</vaadin-badge>` : ''}")
                .withProperty("text", s -> Objects.requireNonNullElse(value.apply(s), ""))
                .withProperty("theme", s -> value.apply(s) == null ? "" : theme.apply(value.apply(s)));
    }

    private static LitRenderer<AssessmentSummary> findings() {
        return LitRenderer.<AssessmentSummary>of("""
                <span class="finding-badges">${item.findings.map(f => html`<vaadin-badge theme="${f.theme} small" \
                title="${f.label}" aria-label="${f.label}">${f.text}</vaadin-badge>`)}</span>""")
                .withProperty("findings", RegisterColumns::findingBadges);
    }

    static List<FindingBadge> findingBadges(AssessmentSummary summary) {
        return summary.findings().stream().map(RegisterColumns::findingBadge).toList();
    }

    private static FindingBadge findingBadge(FindingCount f) {
        String label = f.count() + " " + f.severity().label();
        return new FindingBadge(f.severity().label().substring(0, 3) + " " + f.count(), label,
                Badges.severityTheme(f.severity()));
    }

    private LitRenderer<AssessmentSummary> due() {
        return LitRenderer.<AssessmentSummary>of("""
                <span>${item.due}</span>${item.overdue ? html` <vaadin-badge theme="error small">Overdue</vaadin-badge>` : ''}""")
                .withProperty("due", s -> time.date(s.dates().due()))
                .withProperty("overdue", this::overdue);
    }

    private boolean overdue(AssessmentSummary s) {
        var due = s.dates().due();
        return due != null && due.toLocalDate().isBefore(LocalDate.now(java.time.ZoneOffset.UTC))
                && !AssessmentVocabulary.FINISHED_STATUSES.contains(s.status());
    }
}
