package com.complianceportal.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the grid connector in the browser holds after the server's JavaScript calls: the size, the rows it was sent
 * (with their keys), the updates it must confirm, the column ids behind each sortable header, and the address the
 * server last put into the address bar.
 */
final class GridState {

    private int node = -1;
    private int size = -1;
    private final List<JsonNode> rows = new ArrayList<>();
    private final List<Integer> toConfirm = new ArrayList<>();
    private final Map<String, String> sorterPaths = new HashMap<>();
    private String location = "";

    /** Reads the {@code execute} part of an answer. */
    void apply(UiTree tree, JsonNode execute) {
        for (JsonNode call : execute) {
            int last = call.size() - 1;
            String script = call.path(last).asString("");
            if (script.contains("history.replaceState") || script.contains("history.pushState")) {
                call.forEach(arg -> {
                    if (arg.isString() && !arg.asString().contains("history.")) {
                        location = arg.asString();
                    }
                });
            }
            if (script.contains("setHeaderRenderer") && call.path(2).asBoolean(false)) {
                sorterPaths.put(call.path(1).asString(""), call.path(3).asString(""));
            }
            int target = call.path(0).path("@v-node").asInt(-1);
            if (target < 0 || !"vaadin-grid".equals(tree.tag(target))) {
                continue;
            }
            node = target;
            if (script.contains("$connector.updateSize(")) {
                size = call.path(1).asInt();
                rows.clear();
            } else if (script.contains("$connector.clear(")) {
                rows.clear();
            } else if (script.contains("$connector.set(")) {
                call.path(2).forEach(rows::add);
            } else if (script.contains("$connector.confirm(")) {
                toConfirm.add(call.path(1).asInt());
            }
        }
    }

    /** The updates to confirm now; they are forgotten once taken. */
    List<Integer> takeConfirmations() {
        List<Integer> taken = List.copyOf(toConfirm);
        toConfirm.clear();
        return taken;
    }

    int node() {
        return node;
    }

    int size() {
        return size;
    }

    List<JsonNode> rows() {
        return List.copyOf(rows);
    }

    /** The column id that sorts by the column with this header, or "" if it has no sorter. */
    String sorterPath(String header) {
        return sorterPaths.getOrDefault(header, "");
    }

    /** The address ({@code route?query}) the server last wrote into the address bar, or "". */
    String location() {
        return location;
    }
}
