package com.complianceportal.access.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.base.ui.error.NotFoundView;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import com.complianceportal.user.domain.UserState;
import com.complianceportal.user.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The user administration screen in a browserless UI: list, filters, create, the per-user dialog; access. */
@SpringBootTest
class UsersViewTest extends SpringBrowserlessTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)> \"><script>";

    @Autowired
    PortalUserRepository users;

    long target;

    @BeforeEach
    void freshTarget() {
        users.findAll().stream().filter(u -> u.username().startsWith("uv-")).forEach(users::delete);
        target = Objects.requireNonNull(users.save(PortalUser.create("uv-target", HOSTILE, "{noop}unused",
                Role.VIEWER, Instant.now())).id());
    }

    private UsersView openOnTarget() {
        UsersView view = navigate(UsersView.class);
        test(view.filters.search).setValue("uv-target");
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.grid).clickRow(0);
        return view;
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void the_list_is_searched_and_filtered_and_names_are_shown_as_text() {
        UsersView view = navigate(UsersView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(4);

        test(view.filters.search).setValue("uv-");
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.filters.state).selectItem(UserState.DISABLED.label());
        assertThat(test(view.grid).size()).isZero();
        test(view.filters.state).selectItem(UserState.ACTIVE.label());
        test(view.filters.role).selectItem("Viewer");
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.filters.search).setValue("%");
        assertThat(test(view.grid).size()).as("a wildcard is a plain character").isZero();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void a_common_password_is_refused_next_to_its_field_and_everything_typed_stays() {
        UsersView view = navigate(UsersView.class);
        test(view.newUser).click();
        NewUserDialog dialog = find(NewUserDialog.class).single();
        test(dialog.username).setValue("uv-new");
        test(dialog.displayName).setValue("Nora New");
        test(dialog.email).setValue("nora@example.com");
        test(dialog.password).setValue("password1234");
        test(dialog.confirm).setValue("password1234");
        test(dialog.create).click();

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).contains("commonly used");
        assertThat(dialog.username.getValue()).isEqualTo("uv-new");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.password).setValue("Nora's own long pass 7");
        test(dialog.confirm).setValue("Nora's own long pass 7");
        test(dialog.create).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(dialog.password.getValue()).as("emptied on close").isEmpty();
        assertThat(users.findByUsername("uv-new")).hasValueSatisfying(u -> {
            assertThat(u.displayName()).isEqualTo("Nora New");
            assertThat(u.role()).isEqualTo(Role.VIEWER);
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void the_dialog_changes_the_role_disables_enables_and_sets_a_temporary_password() {
        openOnTarget();
        UserDialog dialog = find(UserDialog.class).single();
        assertThat(dialog.getHeaderTitle()).as("shown as text, as typed").isEqualTo(HOSTILE);

        test(dialog.role).selectItem("Assessor");
        test(dialog.changeRole).click();
        assertThat(users.findById(target).orElseThrow().role()).isEqualTo(Role.ASSESSOR);

        test(dialog.disable).click();
        assertThat(users.findById(target).orElseThrow().enabled()).isFalse();
        assertThat(dialog.enable.isVisible()).isTrue();
        test(dialog.enable).click();
        assertThat(users.findById(target).orElseThrow().enabled()).isTrue();

        test(dialog.reset.password).setValue("Temporary for target 1");
        test(dialog.reset.confirm).setValue("Temporary for target 1");
        test(dialog.reset.set).click();
        assertThat(users.findById(target).orElseThrow().mustChangePassword()).isTrue();
        assertThat(dialog.reset.password.getValue()).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void a_refusal_is_said_in_the_dialog() {
        UsersView view = navigate(UsersView.class);
        test(view.filters.search).setValue("Alice Admin");
        test(view.grid).clickRow(0);
        UserDialog dialog = find(UserDialog.class).single();

        test(dialog.disable).click();

        assertThat(dialog.refusal.isVisible()).isTrue();
        assertThat(dialog.refusal.getText()).isEqualTo("You cannot disable your own account.");
        assertThat(users.findByUsername("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_gets_not_found() {
        navigate("admin/users", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(UserGrid.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
    void an_assessor_gets_not_found() {
        navigate("admin/users", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_sign_in() {
        navigate("admin/users", Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
