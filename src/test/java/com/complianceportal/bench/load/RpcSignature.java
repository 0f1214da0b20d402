package com.complianceportal.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * The shape of one UIDL request, to compare the load generator with a browser: each invocation as its kind, what it
 * names (event, property or server method) and the tag of the element it targets, sorted. Node ids, values and
 * sequence numbers are left out; they differ from session to session.
 */
final class RpcSignature {

    private RpcSignature() {
    }

    static List<String> of(JsonNode message, UiTree tree) {
        return StreamSupport.stream(message.path("rpc").spliterator(), false).map(rpc -> {
            String type = rpc.path("type").asString();
            String name = switch (type) {
                case "event" -> rpc.path("event").asString();
                case "mSync" -> rpc.path("property").asString();
                case "publishedEventHandler" -> rpc.path("templateEventMethodName").asString();
                default -> "";
            };
            return type + " " + name + " @" + tree.tag(rpc.path("node").asInt());
        }).sorted().toList();
    }

    /** The signatures of every UIDL request in a HAR file, in order, with each UI's tree rebuilt from the answers. */
    static List<List<String>> ofHar(Path har) throws IOException {
        JsonNode entries = VaadinTab.JSON.readTree(Files.readString(har)).path("log").path("entries");
        Map<String, UiTree> trees = new HashMap<>();
        List<List<String>> signatures = new ArrayList<>();
        for (JsonNode entry : entries) {
            String url = entry.path("request").path("url").asString();
            String answer = entry.path("response").path("content").path("text").asString("");
            if (url.contains("v-r=init") && !answer.isEmpty()) {
                JsonNode config = VaadinTab.JSON.readTree(answer).path("appConfig");
                UiTree tree = new UiTree();
                tree.apply(config.path("uidl"));
                trees.put(config.path("v-uiId").asString(), tree);
            } else if (url.contains("v-r=uidl")) {
                UiTree tree = trees.computeIfAbsent(url.replaceAll(".*v-uiId=(\\d+).*", "$1"), id -> new UiTree());
                JsonNode message = VaadinTab.JSON.readTree(entry.path("request").path("postData").path("text")
                        .asString("{}"));
                signatures.add(of(message, tree));
                if (!answer.isEmpty()) {
                    tree.apply(VaadinTab.JSON.readTree(answer));
                }
            }
        }
        return signatures;
    }
}
