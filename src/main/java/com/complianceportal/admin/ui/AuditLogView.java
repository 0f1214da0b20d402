package com.complianceportal.admin.ui;

import com.complianceportal.audit.service.AuditTrail;
import com.complianceportal.base.security.Roles;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.base.ui.error.ErrorReference;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;

/**
 * The audit log for administrators: who did what, about what, when and from where, newest first, filtered by actor,
 * action, target and days, the filters in the address; and the filtered log as a CSV file. Other roles get "not found".
 */
@Route("admin/audit")
@Menu(title = "menu.auditLog", icon = "vaadin:records", order = 85)
@RolesAllowed(Roles.ADMIN)
@StyleSheet("audit-log.css")
class AuditLogView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return Texts.t("admin.auditLogView.auditLog");
    }

    final AuditFilterBar filters;
    final AuditGrid grid;
    private final UserTime time;
    private final Span total = new Span();
    private final Div problem = new Div();
    private AuditQuery current = AuditQuery.NONE;

    AuditLogView(AuditTrail trail) {
        this.time = UserTime.current();
        addClassName("audit-log-view");
        setSizeFull();
        NumberFormat numbers = NumberFormat.getIntegerInstance(time.locale());
        total.setId("audit-total");
        problem.setId("audit-problem");
        problem.addClassName("audit-problem");
        problem.setVisible(false);
        grid = new AuditGrid(trail, time, this::failed, count -> {
            problem.setVisible(false);
            total.setText(Texts.t("admin.auditLogView.count", count));
        });
        filters = new AuditFilterBar(time.locale(), this::navigate);
        var export = new Anchor(new AuditDownload(trail, () -> current.filter(time.zone())), "");
        export.add(VaadinIcon.FILE_TEXT_O.create(), new Span(Texts.t("admin.auditLogView.exportCsv")));
        export.setId("audit-export");
        export.setTitle(Texts.t("admin.auditLogView.exportCsvOfThe"));
        export.addClassName("audit-export");
        var bar = new Div(total, export);
        bar.addClassName("audit-bar");
        add(filters, bar, problem, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AuditQuery query = new AuditQueryParser(event.getLocation().getQueryParameters().getParameters()).parse();
        current = query.clean();
        filters.show(current);
        grid.show(current.filter(time.zone()));
        if (!query.ignored().isEmpty()) {
            Notification notice = Notification.show(Texts.t("assessment.assessmentsView.somePartsOfThe",
                    String.join("; ", query.ignored())), 8000, Notification.Position.BOTTOM_START);
            notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            notice.setId("ignored-parameters-notice");
        }
    }

    /** The address bar shows the view's own address: what was not understood is gone, the parameters in order. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String location = current.location();
        if (!event.getLocation().getPathWithQueryParameters().equals(location)) {
            UI ui = event.getLocationChangeEvent().getUI();
            ui.beforeClientResponse(this, context -> ui.getPage().executeJs(
                    "history.replaceState(history.state, '', new URL($0, document.baseURI).href)", location));
        }
    }

    private void navigate(AuditQuery next) {
        if (!next.equals(current)) {
            String location = next.location();
            UI.getCurrent().navigate(AuditLogView.class, QueryParameters.fromString(
                    location.contains("?") ? location.substring(location.indexOf('?') + 1) : ""));
        }
    }

    /** A failed load is not an empty log: it says so, with the reference under which the cause was logged. */
    private void failed(RuntimeException failure) {
        total.setText("");
        problem.setText(Texts.t("admin.auditLogView.theAuditLogCould", ErrorReference.log(failure)));
        problem.setVisible(true);
    }
}
