package com.complianceportal.admin.ui;

import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditFilter;
import com.complianceportal.audit.service.AuditTrail;
import com.complianceportal.base.ui.NarrowWindow;
import com.complianceportal.base.ui.ServiceListing;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Audit entries, newest first: a lazy grid whose every page is a query to the service. Every cell is text (never
 * markup); a long target or detail is cut short with an ellipsis in its cell, and a click on the row shows it whole.
 * Narrow screens get one compact column.
 */
final class AuditGrid extends Grid<AuditEvent> {

    /** Below this window width the log shows one compact column. */
    static final int COMPACT_WIDTH = 640;

    private final List<Column<AuditEvent>> wide;
    private final Column<AuditEvent> compact;
    private AuditFilter filter = AuditFilter.NONE;

    AuditGrid(AuditTrail trail, UserTime time, Consumer<RuntimeException> problem, LongConsumer total) {
        setId("audit-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        wide = List.of(
                addColumn(event -> time(time, event)).setHeader(Texts.t("admin.auditGrid.time")).setKey("time")
                        .setAutoWidth(true)
                        .setFlexGrow(0),
                addColumn(AuditEvent::username).setHeader(Texts.t("admin.auditGrid.actor")).setKey("actor")
                        .setWidth("8rem").setFlexGrow(0),
                addColumn(event -> Labels.label(event.action())).setHeader(Texts.t("admin.auditGrid.action"))
                        .setKey("action")
                        .setWidth("11rem").setFlexGrow(0),
                addColumn(event -> text(event.target())).setHeader(Texts.t("admin.auditGrid.target")).setKey("target")
                        .setWidth("8rem")
                        .setFlexGrow(1),
                addColumn(event -> text(event.detail())).setHeader(Texts.t("admin.auditGrid.detail")).setKey("detail")
                        .setWidth("10rem")
                        .setFlexGrow(3),
                addColumn(event -> text(event.remoteAddress())).setHeader(Texts.t("admin.auditGrid.remoteAddress"))
                        .setKey("address")
                        .setWidth("8.5rem").setFlexGrow(0));
        // Lit binds every value as text: markup in a target or detail is shown, never run.
        compact = addColumn(LitRenderer.<AuditEvent>of("""
                <div class="audit-compact">
                  <div><strong>${item.action}</strong> · ${item.actor}</div>
                  <div class="audit-compact-line">${item.time}</div>
                  <div class="audit-compact-line">${item.target}</div>
                </div>""")
                .withProperty("action", event -> Labels.label(event.action()))
                .withProperty("actor", AuditEvent::username)
                .withProperty("time", event -> time(time, event))
                .withProperty("target", event -> text(event.target())))
                .setHeader(Texts.t("admin.auditGrid.entries")).setKey("compact").setFlexGrow(1);
        compact.setVisible(false);
        getColumns().forEach(column -> column.setResizable(true));
        setItemDetailsRenderer(new ComponentRenderer<>(AuditGrid::whole));
        ServiceListing.show(this, query -> trail.page(filter, query.getOffset(), query.getLimit()),
                () -> trail.count(filter), total, problem);
        NarrowWindow.follow(this, COMPACT_WIDTH, this::setCompact);
    }

    /** Lists the entries that match; the next fetch from the browser asks the service. */
    void show(AuditFilter newFilter) {
        filter = newFilter;
        getDataProvider().refreshAll();
    }

    private void setCompact(boolean narrow) {
        compact.setVisible(narrow);
        wide.forEach(column -> column.setVisible(!narrow));
    }

    private static String time(UserTime time, AuditEvent event) {
        return time.dateTime(event.occurredAt().atOffset(ZoneOffset.UTC));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The entry's target and detail in full, as text that wraps. */
    private static Div whole(AuditEvent event) {
        var details = new Div();
        details.addClassName("audit-entry-details");
        if (event.target() != null) {
            var target = new Div();
            target.setText(Texts.t("admin.auditGrid.target2", event.target()));
            details.add(target);
        }
        var detail = new Div();
        detail.setText(event.detail() == null ? Texts.t("admin.auditGrid.noDetail") : event.detail());
        details.add(detail);
        return details;
    }
}
