package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.assessment.service.export.AssessmentExporter;
import com.complianceportal.base.security.Roles;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.user.service.PreferenceService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The assessment register. Filter and sort live in the address bar: every change navigates, so a copied link, a
 * reload and back/forward all reproduce the view.
 */
@Route("assessments")
@PageTitle("Assessments")
@Menu(title = "Assessments", icon = "vaadin:table", order = 10)
@RolesAllowed(Roles.VIEWER)
public class AssessmentsView extends VerticalLayout implements BeforeEnterObserver {

    static final String COLUMNS_PREFERENCE = "register.columns";

    private final AssessmentGrid grid;
    private final RegisterFilterBar filters;
    private final Span total = new Span();
    private final PreferenceService preferences;
    private RegisterQuery current = RegisterQuery.of(AssessmentFilter.NONE, List.of());
    private @Nullable AssessmentSummary focused;

    AssessmentsView(AssessmentService service, AssessmentExporter exporter, PreferenceService preferences,
            Clock clock, AuthenticationContext authentication) {
        this.preferences = preferences;
        addClassName("register-view");
        setSizeFull();
        setPadding(true);
        UserTime time = UserTime.current();
        NumberFormat numbers = NumberFormat.getIntegerInstance(time.locale());
        total.setId("register-total");
        total.addClassName("register-total");
        grid = new AssessmentGrid(service, time, count -> total.setText(numbers.format(count)
                + (count == 1 ? " assessment" : " assessments")));
        filters = new RegisterFilterBar(service.filterOptions(), filter -> navigate(filter, grid.currentSort()));
        List<RegisterColumn> visible = preferences.get(COLUMNS_PREFERENCE).map(ColumnChooser::parse)
                .orElse(RegisterColumn.defaults());
        grid.setVisibleColumns(visible);
        var chooser = new ColumnChooser(visible, columns -> {
            grid.setVisibleColumns(columns);
            preferences.put(COLUMNS_PREFERENCE, ColumnChooser.format(columns));
        });
        var export = new ExportMenu(exporter, () -> current.filter(), () -> current.sort(), clock);
        var actions = new Div(total, chooser, export);
        if (authentication.hasRole(Roles.ASSESSOR)) {
            var create = new Button("New assessment", VaadinIcon.PLUS.create(),
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
        RegisterQuery query = RegisterQuery.parse(event.getLocation().getQueryParameters());
        current = RegisterQuery.of(query.filter(), query.sort());
        filters.setFilter(query.filter());
        grid.show(query.filter(), query.sort());
        if (!query.ignored().isEmpty()) {
            Notification notice = Notification.show("Some parts of the address were not understood and are ignored: "
                    + String.join(", ", query.ignored()), 6000, Notification.Position.BOTTOM_START);
            notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            notice.setId("ignored-parameters-notice");
        }
    }

    private void navigate(AssessmentFilter filter, List<AssessmentSort> sort) {
        RegisterQuery next = RegisterQuery.of(filter, sort);
        if (!next.equals(current)) {
            UI.getCurrent().navigate(AssessmentsView.class, next.toParameters());
        }
    }

    private void open(AssessmentSummary summary) {
        UI.getCurrent().navigate(AssessmentDetailView.class, AssessmentDetailView.parameters(summary.id()));
    }
}
