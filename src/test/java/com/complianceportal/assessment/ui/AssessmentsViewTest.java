package com.complianceportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentRow;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.user.service.PreferenceService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class AssessmentsViewTest extends SpringBrowserlessTest {

    @Autowired
    AssessmentService service;
    @Autowired
    PreferenceService preferences;

    private AssessmentGrid open(String query) {
        navigate(AssessmentsView.class);
        UI.getCurrent().navigate(AssessmentsView.class, QueryParameters.fromString(query));
        return find(AssessmentGrid.class).single();
    }

    private String total() {
        return find(Span.class).withId("register-total").single().getText();
    }

    private String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void a_status_in_the_address_shows_only_those_assessments_and_their_total() {
        AssessmentGrid grid = open("status=Submitted");
        long expected = service.count(AssessmentFilter.status("Submitted"));
        assertThat(test(grid).size()).isEqualTo((int) expected);
        for (int i = 0; i < Math.min(30, expected); i++) {
            assertThat(test(grid).getRow(i).status()).isEqualTo("Submitted");
        }
        assertThat(total()).isEqualTo(expected + " assessments");
        assertThat(find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).withId("filter-status").single()
                .getValue()).containsExactly("Submitted");
    }

    @Test
    void garbage_in_the_address_is_ignored_with_a_quiet_notice() {
        AssessmentGrid grid = open("status=%3Cscript%3Ealert(1)%3C/script%3E&due_from=notadate&sort=nosuchcolumn");
        assertThat(getCurrentView()).isInstanceOf(AssessmentsView.class);
        assertThat(test(grid).size()).isEqualTo((int) service.count(AssessmentFilter.NONE));
        Notification notice = find(Notification.class).single();
        assertThat(test(notice).getText()).contains("status", "due_from", "sort").doesNotContain("<script>");
    }

    @Test
    void an_unknown_parameter_and_an_inverted_due_range_are_named_in_the_notice() {
        AssessmentGrid grid = open("due=2025-13-40&due_from=2026-06-30&due_to=2026-06-01");
        String text = test(find(Notification.class).single()).getText();
        assertThat(text).contains("due (not a register filter)", "due_to=2026-06-01 (before due_from)");
        assertThat(test(grid).size()).isEqualTo((int) service.count(
                new AssessmentFilter(null, Set.of(), null, null, null, null, null, java.time.LocalDate.of(2026, 6, 30),
                        null, false, null, false)));
    }

    @Test
    void an_out_of_range_due_date_is_ignored_with_the_notice_not_the_error_page() {
        AssessmentGrid grid = open("due_to=%2B999999999-12-31&due_from=0000-01-01");
        assertThat(getCurrentView()).isInstanceOf(AssessmentsView.class);
        assertThat(test(grid).size()).isEqualTo((int) service.count(AssessmentFilter.NONE));
        assertThat(test(find(Notification.class).single()).getText()).contains("due_to", "due_from");
    }

    @Test
    void an_empty_result_says_what_matched_nothing_and_offers_to_clear_it() {
        AssessmentGrid grid = open("q=zzzz-no-such-name&country=CN");
        assertThat(test(grid).size()).isZero();
        var empty = find(com.vaadin.flow.component.html.Div.class).withId("register-empty").single();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, empty).single().getText())
                .isEqualTo("No assessments match search “zzzz-no-such-name”, country China.");
        test(find(com.vaadin.flow.component.button.Button.class).withId("register-empty-clear").single()).click();
        assertThat(address()).isEqualTo("assessments");
    }

    @Test
    void countries_are_offered_by_name() {
        open("");
        var country = find(com.vaadin.flow.component.combobox.ComboBox.class).withId("filter-country").single();
        @SuppressWarnings("unchecked")
        var labels = (com.vaadin.flow.component.ItemLabelGenerator<String>) country.getItemLabelGenerator();
        assertThat(labels.apply("CN")).isEqualTo("China");
        assertThat(labels.apply("DE")).isEqualTo("Germany");
    }

    @Test
    void narrow_screens_get_one_compact_column_and_wide_ones_the_chosen_columns() {
        AssessmentGrid grid = open("");
        grid.setCompact(true);
        assertThat(grid.visibleColumns()).isEmpty();
        assertThat(grid.getColumnByKey("compact").isVisible()).isTrue();
        grid.setCompact(false);
        assertThat(grid.visibleColumns()).containsExactlyElementsOf(RegisterColumn.defaults());
        assertThat(grid.getColumnByKey("compact").isVisible()).isFalse();
    }

    @Test
    void changing_a_filter_puts_it_into_the_address() {
        open("");
        var status = find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).withId("filter-status").single();
        test(status).selectItem("Completed");
        assertThat(address()).isEqualTo("assessments?status=Completed");
        var country = find(com.vaadin.flow.component.combobox.ComboBox.class).withId("filter-country").single();
        test(country).selectItem("China");
        assertThat(address()).contains("status=Completed").contains("country=CN");
        assertThat(total()).isEqualTo(service.count(AssessmentFilter.status("Completed").withCountry("CN"))
                + " assessments");
    }

    @Test
    void the_free_text_search_narrows_the_register() {
        AssessmentGrid grid = open("q=textiles");
        long expected = service.count(AssessmentFilter.NONE.withText("textiles"));
        assertThat(expected).isPositive();
        assertThat(test(grid).size()).isEqualTo((int) expected);
        AssessmentRow first = test(grid).getRow(0);
        assertThat(first.organisation() + " " + first.requester())
                .containsIgnoringCase("textiles");
    }

    @Test
    void clicking_a_row_opens_its_detail_page() {
        AssessmentGrid grid = open("status=Completed");
        AssessmentRow first = test(grid).getRow(0);
        test(grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(AssessmentDetailView.class);
        assertThat(address()).isEqualTo("assessments/" + first.assessmentId());
    }

    @Test
    void the_sort_in_the_address_is_applied_and_shown() {
        AssessmentGrid grid = open("sort=dueDate:asc,status:desc");
        assertThat(grid.currentSort()).extracting(s -> s.field().key() + ":" + s.descending())
                .containsExactly("dueDate:false", "status:true");
    }

    @Test
    void the_chosen_columns_are_remembered_per_user() {
        preferences.put(AssessmentsView.COLUMNS_PREFERENCE, "status,city,requester");
        AssessmentGrid grid = open("");
        assertThat(grid.visibleColumns()).containsExactly(RegisterColumn.ASSESSMENT_ID, RegisterColumn.STATUS,
                RegisterColumn.CITY, RegisterColumn.REQUESTER);
        preferences.put(AssessmentsView.COLUMNS_PREFERENCE, ColumnChooser.format(RegisterColumn.defaults()));
    }

    @Test
    void a_due_range_that_ends_before_it_starts_is_refused_and_kept_in_the_fields() {
        open("status=Submitted");
        var from = find(com.vaadin.flow.component.datepicker.DatePicker.class).withId("filter-due-from").single();
        var to = find(com.vaadin.flow.component.datepicker.DatePicker.class).withId("filter-due-to").single();
        test(to).setValue(java.time.LocalDate.of(2026, 6, 1));
        test(from).setValue(java.time.LocalDate.of(2026, 6, 30));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).contains("on or after");
        assertThat(to.getValue()).isEqualTo(java.time.LocalDate.of(2026, 6, 1));
        assertThat(address()).isEqualTo("assessments?due_to=2026-06-01&status=Submitted");
    }

    @Test
    void a_viewer_has_no_new_assessment_action() {
        open("");
        assertThat(find(com.vaadin.flow.component.button.Button.class).withId("new-assessment").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "assessor", roles = {"VIEWER", "ASSESSOR"})
    void an_assessor_starts_a_new_assessment_from_the_register() {
        open("");
        test(find(com.vaadin.flow.component.button.Button.class).withId("new-assessment").single()).click();
        assertThat(getCurrentView()).isInstanceOf(NewAssessmentView.class);
    }

    @Test
    void dashboard_style_filters_show_as_removable_chips() {
        open("severity=Critical");
        var chip = find(com.vaadin.flow.component.button.Button.class).withId("filter-severity").single();
        assertThat(chip.getText()).isEqualTo("With critical findings");
        test(chip).click();
        assertThat(address()).isEqualTo("assessments");
        assertThat(Set.copyOf(List.of(total()))).containsExactly(service.count(AssessmentFilter.NONE) + " assessments");
    }
}
