package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentRow;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.SourceCapabilities;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.assessment.service.export.AssessmentExporter;
import com.complianceportal.base.failure.SourceFailure;
import com.complianceportal.base.security.Roles;
import com.complianceportal.base.ui.NarrowWindow;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.complianceportal.user.service.PreferenceService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The assessment register. Filter and sort live in the address bar: every change navigates, so a copied link, a
 * reload and back/forward all reproduce the view. Coming back from an assessment puts the focus on its row again.
 */
@Route("assessments")
@Menu(title = "menu.assessments", icon = "vaadin:table", order = 10)
@RolesAllowed(Roles.VIEWER)
public class AssessmentsView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver,
        HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return Texts.t("assessment.assessmentsView.assessments");
    }

    static final String COLUMNS_PREFERENCE = "register.columns";
    /** Below this window width the register shows its compact one-column layout. */
    static final int COMPACT_WIDTH = 640;

    /** Where the user left the register for an assessment: its address and the row that was opened. */
    record ReturnPoint(String location, int index) {
    }

    private final AssessmentGrid grid;
    private final RegisterFilterBar filters;
    private final RegisterEmptyState empty;
    private final SourceCapabilities capabilities;
    private final Span total = new Span();
    private RegisterQuery current = RegisterQuery.of(AssessmentFilter.NONE, List.of());
    private @Nullable AssessmentRow focused;

    AssessmentsView(AssessmentService service, AssessmentExporter exporter, PreferenceService preferences,
            Clock clock, AuthenticationContext authentication) {
        addClassName("register-view");
        setSizeFull();
        setPadding(true);
        UserTime time = UserTime.current();
        NumberFormat numbers = NumberFormat.getIntegerInstance(time.locale());
        total.setId("register-total");
        total.addClassName("register-total");
        grid = new AssessmentGrid(service, time, () -> LocalDate.now(clock.withZone(ZoneOffset.UTC)),
                count -> total.setText(Texts.t("dashboard.assessmentCount", count)),
                this::sourceFailed);
        capabilities = service.capabilities();
        filters = new RegisterFilterBar(capabilities, time, filter -> navigate(filter, grid.currentSort()));
        empty = new RegisterEmptyState(time, () -> navigate(AssessmentFilter.NONE, grid.currentSort()));
        grid.setEmptyStateComponent(empty);
        NarrowWindow.follow(this, COMPACT_WIDTH, grid::setCompact);
        List<RegisterColumn> visible = preferences.get(COLUMNS_PREFERENCE).map(ColumnChooser::parse)
                .orElse(RegisterColumn.defaults());
        grid.setVisibleColumns(visible);
        var chooser = new ColumnChooser(visible, columns -> {
            grid.setVisibleColumns(columns);
            preferences.put(COLUMNS_PREFERENCE, ColumnChooser.format(columns));
        });
        chooser.addClassName("register-column-chooser");
        var export = new ExportMenu(exporter, () -> current.filter(), () -> current.sort(), clock);
        var actions = new Div(total, chooser, export);
        if (authentication.hasRole(Roles.ASSESSOR)) {
            var create = new Button(Texts.t("assessment.assessmentsView.newAssessment"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(NewAssessmentView.class));
            create.setId("new-assessment");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(create);
        }
        actions.addClassName("register-actions");
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                navigate(current.filter(), grid.currentSort());
            }
        });
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null) {
                open(focused);
            }
        }, Key.ENTER).listenOn(grid);
        add(filters, actions, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RegisterQuery query = RegisterQuery.parse(event.getLocation().getQueryParameters(), capabilities);
        current = RegisterQuery.of(query.filter(), query.sort());
        filters.setFilter(query.filter());
        empty.show(query.filter());
        grid.show(query.filter(), query.sort());
        if (!query.ignored().isEmpty()) {
            Notification notice = Notification.show(Texts.t("assessment.assessmentsView.somePartsOfThe",
                    String.join("; ", query.ignored())), 8000, Notification.Position.BOTTOM_START);
            notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            notice.setId("ignored-parameters-notice");
        }
        UI ui = event.getUI();
        ReturnPoint back = ComponentUtil.getData(ui, ReturnPoint.class);
        ComponentUtil.setData(ui, ReturnPoint.class, null);
        if (back != null && back.index() >= 0 && back.location().equals(current.location())) {
            grid.focusRow(back.index());
        }
    }

    /** The address bar shows the view's own address: what was not understood is gone, the parameters in order. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String shown = event.getLocation().getPathWithQueryParameters();
        if (!shown.equals(current.location())) {
            // After the router's own update of the address in this round trip, and as a string: Vaadin's History
            // would turn it into query parameters again and lose their order.
            UI ui = event.getLocationChangeEvent().getUI();
            String location = current.location();
            ui.beforeClientResponse(this, context -> ui.getPage().executeJs(
                    "history.replaceState(history.state, '', new URL($0, document.baseURI).href)", location));
        }
    }

    /** The source could not answer (or answers again, {@code null}): the empty grid says why. */
    private void sourceFailed(@Nullable SourceFailure failure) {
        if (failure == null) {
            empty.show(current.filter());
            return;
        }
        total.setText("");
        empty.showFailure(failure, () -> grid.getDataProvider().refreshAll());
    }

    private void navigate(AssessmentFilter filter, List<AssessmentSort> sort) {
        RegisterQuery next = RegisterQuery.of(filter, sort);
        if (!next.equals(current)) {
            UI.getCurrent().navigate(AssessmentsView.class, next.toParameters());
        }
    }

    private void open(AssessmentRow row) {
        UI ui = UI.getCurrent();
        ComponentUtil.setData(ui, ReturnPoint.class, new ReturnPoint(current.location(), grid.focusedIndex()));
        Optional.ofNullable(AssessmentDetailView.addressId(row.assessmentId(), row.id())).ifPresentOrElse(
                id -> ui.navigate(AssessmentDetailView.class, AssessmentDetailView.parameters(id)),
                () -> Notification.show(Texts.t("assessment.assessmentsView.thisAssessmentCannotBe"), 6000,
                        Notification.Position.BOTTOM_START));
    }
}
