package com.complianceportal.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.apikey.service.ApiKeyAdministration;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.base.ui.error.NotFoundView;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The key administration screen in a browserless UI; the views never keep a key once Save is pressed. */
@SpringBootTest
class ApiKeysViewTest extends SpringBrowserlessTest {

    static final String KEY = "view-test-key-9b1c-3f9a";
    static final String NEXT_KEY = "view-test-key-0e44-81b7";

    @Autowired
    ApiKeyAdministration administration;
    @Autowired
    PortalUserRepository users;

    long target;

    @BeforeEach
    void freshTarget() {
        users.findByUsername("key-view-target").ifPresent(users::delete);
        target = Objects.requireNonNull(users.save(PortalUser.create("key-view-target", "Kai Viewtarget",
                "{noop}unused", Role.VIEWER, Instant.now())).id());
    }

    private ApiKeysView openOnTarget() {
        ApiKeysView view = navigate(ApiKeysView.class);
        test(view.filters.search).setValue("key-view-target");
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.grid).clickRow(0);
        return view;
    }

    private void click(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    private Optional<KeyStatus> stored(Upstream upstream) {
        return administration.holder(target).flatMap(holder -> holder.key(upstream));
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void an_administrator_sets_a_key_and_no_component_keeps_it() {
        openOnTarget();
        click("set-key-rise");
        KeyForm form = find(KeyForm.class).single();
        assertThat(form.key.getValue()).as("never filled in").isEmpty();

        test(form.key).setValue(KEY);
        test(form.label).setValue("Team Europe");
        test(form.save).click();

        assertThat(stored(Upstream.RISE)).get().extracting(KeyStatus::masked).isEqualTo("•••• 3f9a");
        assertThat(form.key.getValue()).isEmpty();
        assertThat(find(KeyForm.class).all()).as("the form is gone").isEmpty();
        assertThat(everythingTheUiHolds()).noneMatch(value -> value.contains(KEY)).anyMatch(v -> v.contains("3f9a"));
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void replacing_is_confirmed_before_the_new_key_is_typed_and_revoking_is_confirmed_too() {
        administration.set(target, Upstream.MAXSIGHT, com.complianceportal.shared.Secret.of(KEY), null, false);
        openOnTarget();

        click("replace-key-maxsight");
        ConfirmDialog replace = find(ConfirmDialog.class).withId("confirm-replace").single();
        assertThat(test(replace).getHeader()).isEqualTo("Replace Kai Viewtarget’s Maxsight key?");
        assertThat(find(KeyForm.class).all()).as("no key field before the confirmation").isEmpty();
        test(replace).confirm();
        KeyForm form = find(KeyForm.class).single();
        test(form.key).setValue(NEXT_KEY);
        test(form.save).click();
        assertThat(stored(Upstream.MAXSIGHT)).get().extracting(KeyStatus::lastFour).isEqualTo("81b7");

        click("revoke-maxsight");
        ConfirmDialog revoke = find(ConfirmDialog.class).withId("confirm-revoke").single();
        assertThat(test(revoke).getText()).contains("ending in 81b7");
        test(revoke).confirm();
        assertThat(stored(Upstream.MAXSIGHT)).isEmpty();
        assertThat(everythingTheUiHolds()).noneMatch(value -> value.contains(NEXT_KEY) || value.contains(KEY));
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void a_key_outside_the_rules_is_refused_and_the_field_is_emptied_all_the_same() {
        openOnTarget();
        click("set-key-rise");
        KeyForm form = find(KeyForm.class).single();

        test(form.key).setValue(KEY + " ");
        test(form.save).click();

        assertThat(form.key.isInvalid()).isTrue();
        assertThat(form.key.getErrorMessage()).contains("space or line break").contains("Enter the key again");
        assertThat(form.key.getValue()).isEmpty();
        assertThat(stored(Upstream.RISE)).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void the_filters_find_users_without_a_key_and_an_empty_list_says_why() {
        administration.set(target, Upstream.RISE, com.complianceportal.shared.Secret.of(KEY), null, false);
        ApiKeysView view = navigate(ApiKeysView.class);
        test(view.filters.search).setValue("key-view-target");

        test(view.filters.without.get(Upstream.MAXSIGHT)).click();
        assertThat(test(view.grid).size()).isEqualTo(1);

        test(view.filters.without.get(Upstream.RISE)).click();
        assertThat(test(view.grid).size()).isZero();
        assertThat(find(KeyHoldersEmptyState.class).single().getElement().getTextRecursively())
                .contains("Everyone whose name contains “key-view-target” has a Rise key or a Maxsight key.");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void a_list_that_cannot_be_loaded_says_so_with_a_reference_and_offers_a_retry() {
        ApiKeyAdministration failing = Mockito.mock(ApiKeyAdministration.class);
        Mockito.when(failing.count(Mockito.any())).thenThrow(new IllegalStateException("database gone"));
        Mockito.when(failing.holders(Mockito.any(), Mockito.anyBoolean(), Mockito.anyInt(), Mockito.anyInt()))
                .thenThrow(new IllegalStateException("database gone"));
        var problem = new LoadProblem(() -> { });
        var grid = new KeyHolderGrid(failing, UserTime.current(), problem::show, count -> { },
                holder -> { });
        UI.getCurrent().add(problem, grid);

        assertThat(test(grid).size()).isZero();

        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getElement().getTextRecursively()).contains("could not be loaded")
                .containsPattern("reference [A-Z0-9]{8}").doesNotContain("database gone");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
    void in_local_mode_a_stored_key_has_no_test_button() {
        administration.set(target, Upstream.MAXSIGHT, com.complianceportal.shared.Secret.of(KEY), null, false);
        openOnTarget();

        assertThat(find(Button.class).withId("revoke-maxsight").all()).hasSize(1);
        assertThat(find(Button.class).withId("test-key-maxsight").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_gets_not_found() {
        navigate("admin/api-keys", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(KeyHolderGrid.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
    void an_assessor_gets_not_found() {
        navigate("admin/api-keys", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_sign_in() {
        navigate("admin/api-keys", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    /** Every text, attribute and property of every element in the UI, dialogs included. */
    private static List<String> everythingTheUiHolds() {
        List<String> values = new ArrayList<>();
        collect(UI.getCurrent().getElement(), values);
        return values;
    }

    private static void collect(Element element, List<String> values) {
        values.add(element.getText());
        element.getAttributeNames().forEach(name -> values.add(String.valueOf(element.getAttribute(name))));
        element.getPropertyNames().forEach(name -> values.add(String.valueOf(element.getPropertyRaw(name))));
        element.getChildren().forEach(child -> collect(child, values));
    }
}
