package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
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

    private final UserTime time;

    RegisterColumns(UserTime time) {
        this.time = time;
    }

    void addTo(Grid<AssessmentSummary> grid, Map<RegisterColumn, Column<AssessmentSummary>> columns) {
        for (RegisterColumn column : RegisterColumn.values()) {
            Column<AssessmentSummary> added = switch (column) {
                case STATUS -> grid.addColumn(badge(AssessmentSummary::status, Badges::statusTheme));
                case RATING -> grid.addColumn(badge(AssessmentSummary::rating, Badges::ratingTheme));
                case FINDINGS -> grid.addColumn(findings());
                case SCORE -> grid.addColumn(s -> s.scorePercentage() == null ? "" : s.scorePercentage() + " %")
                        .setTextAlign(ColumnTextAlign.END);
                case DUE_DATE -> grid.addColumn(due());
                default -> grid.addColumn(text(column));
            };
            added.setHeader(column.header()).setKey(column.key()).setResizable(true).setWidth(width(column))
                    .setFlexGrow(column == RegisterColumn.ORGANISATION ? 1 : 0);
            if (column.sortField() != null) {
                added.setSortable(true).setSortProperty(column.sortField().key());
            } else {
                added.setSortable(false);
            }
            if (column == RegisterColumn.ASSESSMENT_ID) {
                added.setFrozen(true);
            }
            added.setVisible(RegisterColumn.defaults().contains(column));
            columns.put(column, added);
        }
    }

    private static String width(RegisterColumn column) {
        return switch (column) {
            case ASSESSMENT_ID -> "9rem";
            case CASE_ID, SCORE, COUNTRY -> "7rem";
            case STATUS, RATING, DUE_DATE, CAPA_STATUS -> "11rem";
            case FINDINGS -> "15rem";
            case ORGANISATION, REQUESTER, LEAD_EXECUTOR -> "16rem";
            case STANDARD, TYPE, WORKFLOW, UPDATED -> "13rem";
            default -> "10rem";
        };
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
                <span class="finding-badges">${item.findingTexts.map((text, i) => html`<vaadin-badge \
                theme="${item.findingThemes[i]} small" title="${item.findingLabels[i]}" \
                aria-label="${item.findingLabels[i]}">${text}</vaadin-badge>`)}</span>""")
                .withProperty("findingTexts", s -> s.findings().stream()
                        .map(f -> f.severity().label().substring(0, 3) + " " + f.count()).toList())
                .withProperty("findingLabels", s -> s.findings().stream()
                        .map(f -> f.count() + " " + f.severity().label()).toList())
                .withProperty("findingThemes", s -> s.findings().stream()
                        .map(f -> Badges.severityTheme(f.severity())).toList());
    }

    private LitRenderer<AssessmentSummary> due() {
        return LitRenderer.<AssessmentSummary>of("""
                <span>${item.due}</span>${item.overdue ? html` <vaadin-badge theme="error small">Overdue</vaadin-badge>` : ''}""")
                .withProperty("due", s -> time.date(s.dates().due()))
                .withProperty("overdue", this::overdue);
    }

    private boolean overdue(AssessmentSummary s) {
        return AssessmentVocabulary.isOverdue(s.status(), s.dates().due(), LocalDate.now(java.time.ZoneOffset.UTC));
    }
}
