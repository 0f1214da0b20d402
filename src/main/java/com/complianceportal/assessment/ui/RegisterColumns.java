package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentRow;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.SourceCapabilities;
import com.complianceportal.base.ui.Countries;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid.Column;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds the register's columns. Cell texts are bound as text by Lit templates, never as HTML. Some cells carry a
 * second, quieter line: the organisation its country, the due date an overdue marker, the standard its type, the
 * rating its score.
 */
final class RegisterColumns {

    private final UserTime time;
    private final Supplier<LocalDate> today;

    RegisterColumns(UserTime time, Supplier<LocalDate> today) {
        this.time = time;
        this.today = today;
    }

    /** Adds {@code column} to the grid, hidden: the grid creates a column only when it is first shown or sorted by. */
    Column<AssessmentRow> add(Grid<AssessmentRow> grid, RegisterColumn column, SourceCapabilities capabilities) {
        Column<AssessmentRow> added = switch (column) {
            case ORGANISATION -> grid.addColumn(twoLines(AssessmentRow::organisation, s -> country(s.countryCode())));
            case STATUS -> grid.addColumn(badge(AssessmentRow::status, Badges::statusTheme));
            case DUE_DATE -> grid.addColumn(due());
            case FINDINGS -> grid.addColumn(findings());
            case STANDARD -> grid.addColumn(twoLines(s -> s.standard().label(), AssessmentRow::type));
            case RATING -> grid.addColumn(rating());
            case SCORE -> grid.addColumn(s -> s.scorePercentage() == null ? "" : s.scorePercentage() + " %")
                    .setTextAlign(ColumnTextAlign.END);
            case COUNTRY -> grid.addColumn(s -> country(s.countryCode()));
            default -> grid.addColumn(text(column));
        };
        added.setHeader(column.header()).setKey(column.key()).setResizable(true).setWidth(column.width())
                .setFlexGrow(column == RegisterColumn.ORGANISATION ? 1 : 0).setFrozen(column.frozen());
        if (column.sortField() != null && capabilities.canSort(column.sortField())) {
            added.setSortable(true).setSortProperty(column.sortField().key());
        } else {
            added.setSortable(false);
        }
        added.setVisible(false);
        return added;
    }

    /** The one column of narrow screens: id and status, organisation, country and due date, in a few short lines. */
    Column<AssessmentRow> addCompactTo(Grid<AssessmentRow> grid) {
        return grid.addColumn(LitRenderer.<AssessmentRow>of("""
                <div class="compact-row">
                  <div class="compact-top"><span class="compact-id">${item.id}</span>\
                <vaadin-badge theme="${item.statusTheme} small">${item.status}</vaadin-badge></div>
                  <div class="compact-org">${item.org}</div>
                  <div class="cell-sub">${item.place}${item.due ? html` · Due ${item.due}` : ''}\
                ${item.overdue ? html` <vaadin-badge theme="error small">Overdue</vaadin-badge>` : ''}</div>
                </div>""")
                .withProperty("id", AssessmentRow::assessmentId)
                .withProperty("status", AssessmentRow::status)
                .withProperty("statusTheme", s -> Badges.statusTheme(s.status()))
                .withProperty("org", AssessmentRow::organisation)
                .withProperty("place", s -> country(s.countryCode()))
                .withProperty("due", s -> time.date(s.due()))
                .withProperty("overdue", this::overdue))
                .setHeader(Texts.t("assessment.registerColumns.assessments")).setKey("compact").setFlexGrow(1)
                        .setSortable(false);
    }

    private ValueProvider<AssessmentRow, String> text(RegisterColumn column) {
        return s -> Objects.requireNonNullElse(switch (column) {
            case ASSESSMENT_ID -> s.assessmentId();
            case CASE_ID -> s.caseId();
            case TYPE -> s.type();
            case CITY -> s.city();
            case REQUESTER -> s.requester();
            case LEAD_EXECUTOR -> s.leadExecutor();
            case CAPA_STATUS -> s.capaStatus();
            case CAPA_DUE -> time.date(s.capaDue());
            case REASON -> s.reason();
            case WORKFLOW -> s.workflow();
            case UPDATED -> time.dateTime(s.updatedAt());
            default -> null;
        }, "");
    }

    private String country(@Nullable String code) {
        return Objects.requireNonNullElse(Countries.name(code, time.language()), "");
    }

    private static LitRenderer<AssessmentRow> twoLines(Function<AssessmentRow, @Nullable String> main,
            Function<AssessmentRow, @Nullable String> sub) {
        return LitRenderer.<AssessmentRow>of(
                "<div class=\"cell-main\">${item.main}</div><div class=\"cell-sub\">${item.sub}</div>")
                .withProperty("main", s -> Objects.requireNonNullElse(main.apply(s), ""))
                .withProperty("sub", s -> Objects.requireNonNullElse(sub.apply(s), ""));
    }

    private static LitRenderer<AssessmentRow> badge(ValueProvider<AssessmentRow, @Nullable String> value,
            Function<String, String> theme) {
        return LitRenderer.<AssessmentRow>of(
                "${item.text ? html`<vaadin-badge theme=\"${item.theme} small\">${item.text}</vaadin-badge>` : ''}")
                .withProperty("text", s -> Objects.requireNonNullElse(value.apply(s), ""))
                .withProperty("theme", s -> value.apply(s) == null ? "" : theme.apply(value.apply(s)));
    }

    private static LitRenderer<AssessmentRow> rating() {
        return LitRenderer.<AssessmentRow>of("""
                ${item.text ? html`<vaadin-badge theme="${item.theme} small">${item.text}</vaadin-badge>` : ''}\
                <div class="cell-sub">${item.score}</div>""")
                .withProperty("text", s -> Objects.requireNonNullElse(s.rating(), ""))
                .withProperty("theme", s -> s.rating() == null ? "" : Badges.ratingTheme(s.rating()))
                .withProperty("score", s -> s.scorePercentage() == null ? ""
                        : Texts.t("assessment.registerColumns.score", s.scorePercentage()));
    }

    private static LitRenderer<AssessmentRow> findings() {
        return LitRenderer.<AssessmentRow>of("""
                <span class="finding-badges">${item.findingTexts.map((text, i) => html`<vaadin-badge \
                theme="${item.findingThemes[i]} small" title="${item.findingLabels[i]}" \
                aria-label="${item.findingLabels[i]}">${text}</vaadin-badge>`)}</span>""")
                .withProperty("findingTexts", s -> s.findings().stream()
                        .map(f -> Labels.label(f.severity()).substring(0, 3) + " " + f.count()).toList())
                .withProperty("findingLabels", s -> s.findings().stream()
                        .map(f -> f.count() + " " + Labels.label(f.severity())).toList())
                .withProperty("findingThemes", s -> s.findings().stream()
                        .map(f -> Badges.severityTheme(f.severity())).toList());
    }

    private LitRenderer<AssessmentRow> due() {
        return LitRenderer.<AssessmentRow>of("""
                <div class="cell-main">${item.due}</div>\
                ${item.overdue ? html`<vaadin-badge theme="error small">Overdue</vaadin-badge>` : ''}""")
                .withProperty("due", s -> time.date(s.due()))
                .withProperty("overdue", this::overdue);
    }

    private boolean overdue(AssessmentRow s) {
        return AssessmentVocabulary.isOverdue(s.status(), s.due(), today.get());
    }
}
