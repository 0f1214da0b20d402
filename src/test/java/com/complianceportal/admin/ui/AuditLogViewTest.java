package com.complianceportal.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.domain.AuditEntries;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditEventRepository;
import com.complianceportal.base.ui.error.NotFoundView;
import com.complianceportal.i18n.Texts;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The audit log screen in a browserless UI: filters in the address, text as text, administrators only. */
@SpringBootTest
@WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
class AuditLogViewTest extends SpringBrowserlessTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)>\"><script>alert(2)</script>";
    static final String LONG = HOSTILE + " " + "é".repeat(3_900);

    @Autowired
    AuditEntries entries;
    @Autowired
    AuditEventRepository events;
    @Autowired
    PortalUserRepository users;

    String run;

    @BeforeEach
    void entriesOfThisRun() {
        run = "view" + UUID.randomUUID().toString().substring(0, 8);
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        entries.append(new AuditEvent(null, t0, run, AuditAction.SIGN_IN_SUCCEEDED, null, null, "10.0.0.7"));
        entries.append(new AuditEvent(null, t0.plusSeconds(60), run, AuditAction.API_KEY_REVOKED, HOSTILE, LONG,
                "10.0.0.7"));
    }

    /** Opens the audit log at {@code query}, as a link with these parameters would. */
    private AuditLogView open(String query) {
        navigate(AuditLogView.class);
        UI.getCurrent().navigate(AuditLogView.class, QueryParameters.fromString(query));
        return (AuditLogView) getCurrentView();
    }

    /** The address the view is at, in the view's own spelling of its parameters. */
    private String location() {
        return new AuditQueryParser(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getParameters()).parse().location();
    }

    @Test
    void entries_of_an_actor_are_listed_newest_first_with_actions_in_words_and_hostile_text_as_text() {
        AuditLogView view = open("actor=" + run);
        var grid = test(view.grid);

        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, grid.getColumnPosition("action"))).isEqualTo("API key revoked");
        assertThat(grid.getCellText(0, grid.getColumnPosition("target"))).isEqualTo(HOSTILE);
        assertThat(grid.getCellText(0, grid.getColumnPosition("detail"))).as("whole, as text").isEqualTo(LONG);
        assertThat(grid.getCellText(0, grid.getColumnPosition("address"))).isEqualTo("10.0.0.7");
        assertThat(grid.getCellText(0, grid.getColumnPosition("time"))).contains("2026");
        assertThat(grid.getCellText(1, grid.getColumnPosition("action"))).isEqualTo("Signed in");
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("audit-total").single().getText())
                .isEqualTo("2 entries");
        assertThat(view.filters.actor.getValue()).isEqualTo(run);
    }

    @Test
    void choosing_actions_and_a_target_puts_them_into_the_address() {
        AuditLogView view = open("actor=" + run);

        test(view.filters.action).selectItem("API key revoked", "Signed in");
        assertThat(location()).isEqualTo("admin/audit?actor=" + run + "&action=API_KEY_REVOKED,SIGN_IN_SUCCEEDED");
        view = (AuditLogView) getCurrentView();
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.filters.target).setValue("<img");
        view = (AuditLogView) getCurrentView();
        assertThat(location()).contains("&target=%3Cimg");
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void a_range_that_ends_before_it_starts_is_marked_and_not_applied_and_the_dates_stay() {
        AuditLogView view = open("actor=" + run + "&to=2026-03-01");

        test(view.filters.from).setValue(LocalDate.of(2026, 3, 5));

        assertThat(view.filters.to.isInvalid()).isTrue();
        assertThat(view.filters.to.getErrorMessage()).isEqualTo(Texts.t(Locale.ENGLISH, "admin.auditFilterBar.range"));
        assertThat(view.filters.from.getValue()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(view.filters.to.getValue()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(location()).isEqualTo("admin/audit?actor=" + run + "&to=2026-03-01");
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    @Test
    void what_the_address_holds_that_is_not_understood_is_ignored_and_named() {
        AuditLogView view = open("actor=" + run + "&from=%2B999999999-12-31&to=yesterday&action=NOPE&x=%3Cb%3E");

        assertThat(test(view.grid).size()).isEqualTo(2);
        String notice = test(find(Notification.class).withId("ignored-parameters-notice").single()).getText();
        assertThat(notice).contains("from", "to=yesterday", "action=NOPE", "x (not an audit log filter)")
                .doesNotContain("<b>");
        assertThat(location()).isEqualTo("admin/audit?actor=" + run);
    }

    @Test
    @WithMockUser(username = "viewer-opens-audit", roles = "VIEWER")
    void a_viewer_gets_not_found_and_the_refusal_is_recorded() {
        if (users.findByUsername("viewer-opens-audit").isEmpty()) {
            users.save(PortalUser.create("viewer-opens-audit", "Viewer Opens Audit", "{noop}unused", Role.VIEWER,
                    Instant.now()));
        }
        navigate("admin/audit", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(events.findByUsernameOrderByOccurredAtDesc("viewer-opens-audit")).first()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED))
                .satisfies(e -> assertThat(e.target()).isEqualTo("/admin/audit"));
    }

    @Test
    @WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
    void an_assessor_gets_not_found() {
        navigate("admin/audit", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(AuditGrid.class).all()).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_sign_in() {
        navigate("admin/audit", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }
}
