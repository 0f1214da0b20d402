package com.complianceportal.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class NavigationAccessTest extends SpringBrowserlessTest {

    static final List<String> VIEWER_ENTRIES = List.of("Dashboard", "Assessments", "My account");
    static final List<String> ASSESSOR_ENTRIES = List.of("Dashboard", "Assessments", "New assessment", "My account");
    static final List<String> ADMIN_ENTRIES = List.of("Dashboard", "Assessments", "New assessment", "Users",
            "API keys", "Audit log", "My account");

    @Test
    @WithAnonymousUser
    void an_anonymous_user_lands_on_the_login_page() {
        navigate("account", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_sees_exactly_the_viewer_entries() {
        assertThat(sideNavLabels()).containsExactlyElementsOf(VIEWER_ENTRIES);
    }

    @Test
    @WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
    void an_assessor_sees_exactly_the_assessor_entries() {
        assertThat(sideNavLabels()).containsExactlyElementsOf(ASSESSOR_ENTRIES);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void an_admin_sees_exactly_the_admin_entries() {
        assertThat(sideNavLabels()).containsExactlyElementsOf(ADMIN_ENTRIES);
    }

    private List<String> sideNavLabels() {
        navigate(AccountView.class);
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
