package com.complianceportal.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab of one user, speaking Flow's client-server protocol: its own cookie jar, the page and the
 * {@code v-r=init} bootstrap, then UIDL requests with the UI id, Vaadin's CSRF token, the server's {@code syncId} and
 * the tab's {@code clientId} in sequence. Every answer is checked (HTTP 200, JSON, no expired session or error, the
 * expected sequence numbers) and applied to the tab's {@link UiTree}; what a browser sends on its own after an answer
 * (see {@link FollowUps}) is sent the same way.
 */
final class VaadinTab {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String INIT_PARAMETERS = "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED"
            + "&v-wla=SUPPORTED&v-ws=false";

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http;
    private final String baseUrl;
    private final Recorder recorder;
    private final Consumer<List<String>> sentMessages;
    private final CookieManager cookies = new CookieManager();
    private final String windowName = "v-" + Math.random();
    private UiTree tree = new UiTree();
    private GridState grid = new GridState();
    private String step = "";
    private int uiId = -1;
    private String csrfToken = "";
    private int syncId;
    private int clientId;
    private int promise;
    private int historyIndex;
    private long lastBeat;

    VaadinTab(HttpClient http, String baseUrl, Recorder recorder, Consumer<List<String>> sentMessages) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.recorder = recorder;
        this.sentMessages = sentMessages;
    }

    /** Names the flow step that the following requests belong to. */
    void step(String name) {
        this.step = name;
    }

    UiTree tree() {
        return tree;
    }

    GridState grid() {
        return grid;
    }

    /** Loads a page as the browser does: the HTML, then a new UI from {@code v-r=init}, then its first navigation. */
    void load(String location) {
        HttpResponse<String> page = send(request(location).GET());
        expect(page.statusCode() == 200 && page.body().contains("<html"), "page /" + location + " answered "
                + page.statusCode());
        String init = "?v-r=init&location=" + enc(location) + "&query=&v-curdate=" + System.currentTimeMillis()
                + "&v-wn=" + enc(windowName) + INIT_PARAMETERS;
        HttpResponse<String> answer = send(request(init).GET());
        expect(answer.statusCode() == 200, "init answered " + answer.statusCode());
        JsonNode config = JSON.readTree(answer.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt(-1);
        csrfToken = uidl.path("Vaadin-Security-Key").asString("");
        expect(uiId >= 0 && !csrfToken.isEmpty(), "init gave no UI id or CSRF token");
        tree = new UiTree();
        grid = new GridState();
        promise = 0;
        historyIndex = 0;
        syncId = uidl.path("syncId").asInt(-1);
        clientId = uidl.path("clientId").asInt();
        tree.apply(uidl);
        lastBeat = System.nanoTime();
        ObjectNode state = JSON.createObjectNode().put("idx", 0);
        navigate(location, "", state, "");
    }

    /**
     * The heartbeat the browser sends every {@code interval} for its UI (Vaadin closes a UI whose heartbeats stop
     * for three intervals); sent when one is due, and not counted among the flow's requests.
     */
    void heartbeatIfDue(Duration interval) {
        if (uiId < 0 || System.nanoTime() - lastBeat < interval.toNanos()) {
            return;
        }
        HttpRequest.Builder beat = request("?v-r=heartbeat&v-uiId=" + uiId)
                .header("Content-Type", "text/plain;charset=UTF-8").POST(HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> response = exchangeRaw(beat, false);
        expect(response.statusCode() == 200, "the heartbeat answered HTTP " + response.statusCode());
        lastBeat = System.nanoTime();
    }

    /** Closes the tab: a new one has no cookies (so no session) and no UI yet. */
    void close() {
        cookies.getCookieStore().removeAll();
        uiId = -1;
        csrfToken = "";
    }

    /** A navigation of the router: a link ({@code client}), the back button ({@code history}) or the first load. */
    JsonNode navigate(String route, String query, ObjectNode historyState, String trigger) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", query).put("appShellTitle", "");
        data.set("historyState", historyState);
        data.put("trigger", trigger);
        return rpc(List.of(event(1, "ui-navigate", data)));
    }

    /** Clicks a router link to {@code route}: the browser pushes a history entry and tells the server. */
    JsonNode followLink(String route) {
        historyIndex++;
        return navigate(route, "", JSON.createObjectNode().put("idx", 0), "client");
    }

    /** The back button, to {@code location} ({@code route?query}) that is {@code back} entries behind. */
    JsonNode goBack(String location, int back) {
        historyIndex = Math.max(0, historyIndex - back);
        int question = location.indexOf('?');
        String route = question < 0 ? location : location.substring(0, question);
        String query = question < 0 ? "" : location.substring(question + 1).replace(":", "%3A");
        ObjectNode state = JSON.createObjectNode().putNull("usr").put("key", Long.toString(
                (long) (Math.random() * 1e12), 36)).put("idx", historyIndex);
        return navigate(route, query, state, "history");
    }

    /** Signs in through Spring Security's form with the CSRF token of the login page; true when it let the user in. */
    boolean signIn(String username, String password) {
        HttpResponse<String> page = send(request("login").GET());
        Matcher token = CSRF.matcher(page.body());
        expect(token.find(), "the login page has no CSRF token");
        String form = Map.of("_csrf", token.group(1), "username", username, "password", password).entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(request("login").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        return answer.statusCode() == 302 && !location.contains("login");
    }

    /** One UIDL request with these invocations, then what the browser sends by itself after the answer. */
    JsonNode rpc(List<ObjectNode> invocations) {
        JsonNode answer = exchange(invocations);
        for (int round = 0; round < 3; round++) {
            List<ObjectNode> followUps = FollowUps.after(tree, grid, this::nextPromise);
            if (followUps.isEmpty()) {
                break;
            }
            exchange(followUps);
        }
        return answer;
    }

    ObjectNode event(int node, String event, JsonNode data) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    ObjectNode call(int node, String method, JsonNode... arguments) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        ArrayNode args = rpc.putArray("templateEventMethodArgs");
        for (JsonNode argument : arguments) {
            args.add(argument);
        }
        rpc.put("promise", nextPromise());
        return rpc;
    }

    private int nextPromise() {
        return promise++;
    }

    private JsonNode exchange(List<ObjectNode> invocations) {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", csrfToken);
        message.putArray("rpc").addAll(new ArrayList<JsonNode>(invocations));
        message.put("syncId", syncId).put("clientId", clientId);
        sentMessages.accept(RpcSignature.of(message, tree));
        HttpResponse<String> response = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        String body = response.body();
        expect(response.statusCode() == 200, "UIDL answered HTTP " + response.statusCode());
        expect(!body.contains("Internal error"), "UIDL answered an internal error");
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(body);
        if (answer.isArray()) {
            answer = answer.path(0);
        }
        JsonNode meta = answer.path("meta");
        expect(!meta.path("sessionExpired").asBoolean(false), "the session expired");
        expect(!meta.has("appError"), "the portal reported an error: " + meta.path("appError"));
        expect(answer.path("clientId").asInt(-1) == clientId + 1, "expected clientId " + (clientId + 1) + ", got "
                + answer.path("clientId"));
        int nextSync = answer.path("syncId").asInt(-1);
        expect(nextSync > syncId, "expected a syncId after " + syncId + ", got " + nextSync);
        clientId++;
        syncId = nextSync;
        tree.apply(answer);
        grid.apply(tree, answer.path("execute"));
        return answer;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/" + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        return exchangeRaw(builder, true);
    }

    private HttpResponse<String> exchangeRaw(HttpRequest.Builder builder, boolean counted) {
        try {
            HttpRequest request = builder.build();
            cookies.get(request.uri(), Map.of()).forEach((name, values) -> {
                if (!values.isEmpty()) {
                    builder.header(name, String.join("; ", values));
                }
            });
            request = builder.build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (counted) {
                recorder.request(step, System.nanoTime() - start);
            }
            cookies.put(request.uri(), response.headers().map());
            return response;
        } catch (IOException e) {
            throw new FlowFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlowFailure("interrupted");
        }
    }

    static void expect(boolean condition, String failure) {
        if (!condition) {
            throw new FlowFailure(failure);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A step of the flow did not do what a user would see it do. */
    static final class FlowFailure extends RuntimeException {
        FlowFailure(String message) {
            super(message, null, false, false);
        }
    }
}
