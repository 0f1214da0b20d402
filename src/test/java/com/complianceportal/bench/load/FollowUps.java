package com.complianceportal.bench.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * What Chromium sends on its own right after an answer (seen in the recorded HAR, see {@link BrowserFlow}): the web
 * components it just created fire their {@code *-changed} events for the listeners the server registered (grid
 * columns, the grid itself and the date pickers' {@code opened} do not), their synchronised properties the server
 * does not know yet with the components' defaults, and the grid confirms every data update.
 */
final class FollowUps {

    /** Defaults of the synchronised properties that the components report when they start. */
    private static final Map<String, JsonNode> DEFAULTS = Map.of("drawerOpened", BooleanNode.TRUE,
            "overlay", BooleanNode.FALSE, "collapsed", BooleanNode.FALSE, "expanded", BooleanNode.FALSE,
            "opened", BooleanNode.FALSE, "filter", StringNode.valueOf(""));

    private FollowUps() {
    }

    static List<ObjectNode> after(UiTree tree, GridState grid, IntSupplier promises) {
        List<ObjectNode> events = new ArrayList<>();
        List<ObjectNode> syncs = new ArrayList<>();
        List<Integer> created = tree.attached().stream().sorted(Comparator.reverseOrder()).toList();
        for (int id : created) {
            UiTree.Node node = tree.node(id);
            String tag = node.tag().toString();
            node.listeners().forEach((event, constant) -> {
                if (!event.endsWith("-changed") || tag.startsWith("vaadin-grid")
                        || "vaadin-date-picker".equals(tag) && "opened-changed".equals(event)) {
                    return;
                }
                events.add(message("event", id).put("event", event).set("data", VaadinTab.JSON.createObjectNode()));
                tree.constant(constant).propertyNames().stream().filter(key -> key.startsWith("}"))
                        .map(key -> key.substring(1))
                        .filter(property -> !node.properties().containsKey(property) && DEFAULTS.containsKey(property))
                        .forEach(property -> syncs.add(message("mSync", id).put("feature", 1)
                                .put("property", property).set("value", DEFAULTS.get(property))));
            });
        }
        List<ObjectNode> all = new ArrayList<>(events);
        all.addAll(syncs);
        for (int update : grid.takeConfirmations()) {
            ObjectNode confirm = message("publishedEventHandler", grid.node())
                    .put("templateEventMethodName", "confirmUpdate");
            confirm.putArray("templateEventMethodArgs").add(update);
            all.add(confirm.put("promise", promises.getAsInt()));
        }
        return all;
    }

    private static ObjectNode message(String type, int node) {
        return VaadinTab.JSON.createObjectNode().put("type", type).put("node", node);
    }
}
