package com.complianceportal.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What a browser tab knows of one Vaadin UI: the state nodes the server sent (tag, attributes, properties, event
 * listeners, text), applied change by change as Flow's client does, and the nodes that the latest answer attached.
 */
final class UiTree {

    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int TEXT_NODE = 7;

    /** One state node: its element's tag, attributes, properties, listened events (to their constant) and text. */
    record Node(int id, Map<String, String> attributes, Map<String, JsonNode> properties,
            Map<String, String> listeners, StringBuilder tag, StringBuilder text) {
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final List<Integer> attached = new ArrayList<>();

    /** Applies the {@code constants} and {@code changes} of one UIDL answer. */
    void apply(JsonNode uidl) {
        attached.clear();
        JsonNode newConstants = uidl.path("constants");
        newConstants.propertyNames().forEach(key -> constants.put(key, newConstants.get(key)));
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            if ("attach".equals(type)) {
                attached.add(id);
            }
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            if (!"put".equals(type)) {
                continue;
            }
            Node node = node(id);
            String key = change.path("key").asString();
            JsonNode value = change.path("value");
            switch (change.path("feat").asInt(-1)) {
                case ELEMENT_DATA -> {
                    if ("tag".equals(key)) {
                        node.tag().setLength(0);
                        node.tag().append(value.asString());
                    }
                }
                case ELEMENT_PROPERTIES -> node.properties().put(key, value);
                case ELEMENT_ATTRIBUTES -> node.attributes().put(key, value.asString(""));
                case ELEMENT_LISTENERS -> node.listeners().put(key, value.asString(""));
                case TEXT_NODE -> {
                    node.text().setLength(0);
                    node.text().append(value.asString(""));
                }
                default -> { }
            }
        }
    }

    Node node(int id) {
        return nodes.computeIfAbsent(id, n -> new Node(n, new HashMap<>(), new HashMap<>(), new LinkedHashMap<>(),
                new StringBuilder(), new StringBuilder()));
    }

    /** The element whose {@code id} attribute is {@code elementId}. */
    Optional<Node> byElementId(String elementId) {
        return nodes.values().stream().filter(n -> elementId.equals(n.attributes().get("id"))).findFirst();
    }

    /** Whether an element with this tag is in the UI. */
    boolean byTag(String tag) {
        return nodes.values().stream().anyMatch(n -> n.tag().toString().equals(tag));
    }

    /** Whether a text node shows exactly {@code text}. */
    boolean showsText(String text) {
        return nodes.values().stream().anyMatch(n -> n.text().toString().equals(text));
    }

    /** The nodes that the latest answer attached, in the order it attached them. */
    List<Integer> attached() {
        return List.copyOf(attached);
    }

    /** The constant (event data expressions, synchronised properties) of an event listener. */
    JsonNode constant(String key) {
        return constants.getOrDefault(key, JsonNodeFactory.instance.objectNode());
    }

    String tag(int id) {
        Node node = nodes.get(id);
        return node == null ? "" : node.tag().toString();
    }
}
