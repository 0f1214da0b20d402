package com.complianceportal.bench.load;

import com.complianceportal.bench.load.VaadinTab.FlowFailure;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * One user's flow through the portal: sign-in, dashboard, register, search, sort by due date, the first row's detail
 * and back, with a think time before every step and a check of what the user would see after it. A user who stays
 * signed in starts the next round from the dashboard link; a failed step costs a new tab and a new sign-in.
 */
final class VirtualUser {

    static final List<String> STEPS = List.of("login page", "sign in", "dashboard", "register", "filter", "sort",
            "detail", "back");

    /** The portal's {@code vaadin.heartbeatInterval}: the browser's heartbeat keeps the UI open between steps. */
    static final Duration HEARTBEAT = Duration.ofSeconds(60);

    private final VaadinTab tab;
    private final LoadSettings settings;
    private final ThinkTime think;
    private boolean signedIn;

    VirtualUser(VaadinTab tab, LoadSettings settings, ThinkTime think) {
        this.tab = tab;
        this.settings = settings;
        this.think = think;
    }

    /** One round of the flow; false if a step failed (the reason is in the recorder). */
    boolean round(Recorder recorder) throws InterruptedException {
        String step = "";
        try {
            if (!signedIn) {
                step = "login page";
                beforeStep(step);
                tab.load("login");
                VaadinTab.expect(tab.tree().byTag("vaadin-login-form"), "no login form");
                think.pause();
                step = "sign in";
                beforeStep(step);
                VaadinTab.expect(tab.signIn(settings.username(), settings.password()), "sign-in refused");
                step = "dashboard";
                beforeStep(step);
                tab.load("");
                signedIn = true;
            } else {
                step = "dashboard";
                beforeStep(step);
                tab.followLink("");
            }
            VaadinTab.expect(tab.tree().byElementId("status-chart").isPresent(), "the dashboard has no status chart");
            think.pause();
            step = "register";
            beforeStep(step);
            tab.followLink("assessments");
            int total = tab.grid().size();
            VaadinTab.expect(total > 0 && !tab.grid().rows().isEmpty(), "the register shows no rows");
            VaadinTab.expect(tab.tree().showsText(assessments(total)), "the register does not show its total");
            think.pause();
            step = "filter";
            beforeStep(step);
            int field = tab.tree().byElementId("register-search").orElseThrow(() -> new FlowFailure("no search field"))
                    .id();
            ObjectNode input = VaadinTab.JSON.createObjectNode().put("1", 1).put("for", "trailing");
            tab.rpc(List.of(tab.sync(field, "value", StringNode.valueOf(settings.searchText())),
                    tab.event(field, "input", input)));
            int found = tab.grid().size();
            VaadinTab.expect(found > 0 && found <= total, "the search found " + found + " of " + total);
            String word = settings.searchText().toLowerCase(Locale.ROOT);
            VaadinTab.expect(tab.grid().rows().stream().allMatch(r -> r.toString().toLowerCase(Locale.ROOT)
                    .contains(word)), "a row does not match the search");
            think.pause();
            step = "sort";
            beforeStep(step);
            sortByDue();
            VaadinTab.expect(tab.grid().size() == found && tab.grid().location().contains("sort=dueDate:asc"),
                    "the register is not sorted by due date");
            String sorted = tab.grid().location();
            think.pause();
            step = "detail";
            beforeStep(step);
            String opened = openFirstRow();
            VaadinTab.expect(tab.tree().showsText("Assessment " + opened), "the detail does not show " + opened);
            think.pause();
            step = "back";
            beforeStep(step);
            tab.goBack(sorted, 1);
            VaadinTab.expect(tab.grid().size() == found && tab.tree().showsText(assessments(found)),
                    "back in the register, the total is not " + found);
            recorder.flowDone();
            think.pause();
            return true;
        } catch (RuntimeException failure) {
            recorder.error(step, failure instanceof FlowFailure ? failure.getMessage() : failure.toString());
            signedIn = false;
            tab.close();
            think.pause();
            return false;
        }
    }

    private void beforeStep(String step) {
        tab.heartbeatIfDue(HEARTBEAT);
        tab.step(step);
    }

    private void sortByDue() {
        int grid = tab.grid().node();
        String path = tab.grid().sorterPath("Due");
        VaadinTab.expect(!path.isEmpty(), "the due date column has no sorter");
        ObjectNode header = VaadinTab.JSON.createObjectNode();
        header.set("event.detail.itemKey", NullNode.getInstance());
        header.put("event.detail.internalColumnId", path).put("event.detail.section", "header");
        ObjectNode sorter = VaadinTab.JSON.createObjectNode().put("path", path).put("direction", "asc");
        tab.rpc(List.of(tab.event(grid, "cell-focus", VaadinTab.JSON.createObjectNode()),
                tab.event(grid, "grid-cell-focus", header),
                tab.call(grid, "sortersChanged", VaadinTab.JSON.createArrayNode().add(sorter))));
    }

    /** Clicks the first row's first cell; returns the assessment id the row shows. */
    private String openFirstRow() {
        int grid = tab.grid().node();
        JsonNode row = tab.grid().rows().getFirst();
        String key = row.path("key").asString();
        ObjectNode focus = VaadinTab.JSON.createObjectNode().put("event.detail.itemKey", key)
                .put("event.detail.internalColumnId", "col0").put("event.detail.section", "body");
        ObjectNode click = VaadinTab.JSON.createObjectNode().put("event.detail.screenY", 529)
                .put("event.detail.metaKey", false).put("event.detail.button", 0)
                .put("event.detail.shiftKey", false).put("event.detail.screenX", 355)
                .put("event.detail.itemKey", key).put("event.detail.internalColumnId", "col0")
                .put("event.detail.altKey", false).put("event.detail.clientX", 345).put("event.detail.detail", 1)
                .put("event.detail.clientY", 432).put("event.detail.ctrlKey", false);
        tab.rpc(List.of(tab.event(grid, "cell-focus", VaadinTab.JSON.createObjectNode()
                        .put("event.detail.context.index", 0)),
                tab.event(grid, "grid-cell-focus", focus),
                tab.call(grid, "select", StringNode.valueOf(key)),
                tab.call(grid, "setDetailsVisible", StringNode.valueOf(key)),
                tab.event(grid, "item-click", click)));
        return row.path("col0").asString();
    }

    private static String assessments(int count) {
        return NumberFormat.getIntegerInstance(Locale.US).format(count) + (count == 1 ? " assessment" : " assessments");
    }
}
