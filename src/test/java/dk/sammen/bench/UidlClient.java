package dk.sammen.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person's browser tab, reduced to the wire: signs in with the login form, opens a page through
 * Vaadin's bootstrap and navigation requests, sends changes as UIDL requests (CSRF token, sync id,
 * client id, as the Flow client does) and receives what the server pushes over the Atmosphere
 * websocket. Enough of the protocol to type into a text field and to see others' changes arrive;
 * it renders nothing.
 */
final class UidlClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new HashMap<>();
    private final Map<String, Integer> nodeByElementId = new HashMap<>();
    private final AtomicLong syncId = new AtomicLong(-1);
    private final CountDownLatch pushOpen = new CountDownLatch(1);
    private int uiId;
    private long clientId;
    private String csrfToken = "";
    private String pushId = "";
    private String pageText = "";
    private WebSocket push;
    /** Told of every value the server pushes into a watched node: (node, value). */
    private volatile BiConsumer<Integer, String> onPushedValue = (node, value) -> { };

    UidlClient(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** A cookie sent from the first request on (the load balancer's, pinning this tab to one server). */
    void cookie(String name, String value) {
        synchronized (cookies) {
            cookies.put(name, value);
        }
    }

    /** The login form, as a browser posts it (with Spring Security's CSRF token from the page). */
    void signIn(String username, String password) throws IOException, InterruptedException {
        String loginPage = get("/login").body();
        Map<String, String> form = Map.of("username", username, "password", password, "_csrf", csrfMeta(loginPage));
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + response.statusCode() + " " + location);
        }
    }

    /** Opens a page: the bootstrap request creates the UI, the navigation event renders the route. */
    void open(String route) throws IOException, InterruptedException {
        HttpResponse<String> init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=");
        JsonNode app = JSON.readTree(init.body()).path("appConfig");
        uiId = app.path("v-uiId").asInt();
        JsonNode uidl = app.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        pushId = uidl.path("Vaadin-Push-ID").asString();
        clientId = uidl.path("clientId").asLong();
        syncId.set(uidl.path("syncId").asLong());
        ObjectNode navigate = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.putObject("data").put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "")
                .putObject("historyState").put("idx", 0);
        JsonNode answer = rpc(navigate);
        StringBuilder text = new StringBuilder();
        for (JsonNode change : answer.path("changes")) {
            if ("id".equals(change.path("key").asString()) && change.path("feat").asInt() == 3) {
                nodeByElementId.put(change.path("value").asString(), change.path("node").asInt());
            }
            if ("text".equals(change.path("key").asString())) text.append(change.path("value").asString()).append('\n');
        }
        pageText = text.toString();
    }

    /** The text nodes the page was opened with (to check it is the page one meant). */
    String pageText() {
        return pageText;
    }

    int node(String elementId) {
        Integer node = nodeByElementId.get(elementId);
        if (node == null) throw new IllegalStateException("no element #" + elementId + " on the page");
        return node;
    }

    /** Connects the push channel as the Flow client does (Atmosphere over a websocket) and waits for it to open. */
    void connectPush(BiConsumer<Integer, String> onPushedValue) throws InterruptedException {
        this.onPushedValue = onPushedValue;
        String query = "v-uiId=" + uiId + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
        push = http.newWebSocketBuilder().header("Cookie", cookieHeader()).connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/VAADIN/push?" + query), new PushListener()).join();
        if (!pushOpen.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("the push channel did not open");
    }

    /** Types a value into a field and leaves it: what the text field sends (its value, then the input event). */
    JsonNode type(int node, String value) throws IOException, InterruptedException {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value);
        ObjectNode input = JSON.createObjectNode().put("type", "event").put("node", node).put("event", "input");
        return rpc(sync, input);
    }

    /** What a page sends every heartbeat interval to say it is still open. */
    void heartbeat() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private synchronized JsonNode rpc(ObjectNode... invocations) throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode().put("csrfToken", csrfToken).put("syncId", syncId.get()).put("clientId", clientId);
        ArrayNode rpc = request.putArray("rpc");
        for (ObjectNode invocation : invocations) rpc.add(invocation);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(request.toString())));
        JsonNode answer = uidl(response.body());
        if (answer.path("meta").has("appError") || !answer.has("clientId")) {
            throw new IllegalStateException("the server refused the request: " + response.body().substring(0, Math.min(300, response.body().length())));
        }
        clientId = answer.path("clientId").asLong();
        syncId.accumulateAndGet(answer.path("syncId").asLong(), Math::max);
        return answer;
    }

    /** Logs out (Spring Security's logout, as the app's menu does), so the server drops the session and its pages. */
    void signOut() throws IOException, InterruptedException {
        if (push != null) push.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        String csrf = csrfMeta(get("/login").body());
        send(HttpRequest.newBuilder(URI.create(base + "/logout")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
    }

    @Override
    public void close() {
        if (push != null) push.abort();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) request.header("Cookie", cookieHeader());
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            synchronized (cookies) {
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return response;
    }

    private String cookieHeader() {
        synchronized (cookies) {
            return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + "; " + b).orElse("");
        }
    }

    private static String csrfMeta(String page) {
        Matcher m = CSRF_META.matcher(page);
        if (!m.find()) throw new IllegalStateException("no CSRF token on the page");
        return m.group(1);
    }

    /** A UIDL message, as the server sends it over HTTP or push (push may wrap it as {@code for(;;);[...]}). */
    private static JsonNode uidl(String text) {
        String json = text.startsWith("for(;;);") ? text.substring("for(;;);".length()) : text;
        JsonNode node = JSON.readTree(json);
        return node.isArray() ? node.path(0) : node;
    }

    /**
     * Atmosphere with "track message size": every message is "length|text", and one websocket
     * frame may hold several messages or part of one. The first message is Atmosphere's own
     * handshake; heartbeats are a single "X".
     */
    private final class PushListener implements WebSocket.Listener {
        private final StringBuilder pending = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            pending.append(data);
            while (true) {
                int bar = pending.indexOf("|");
                if (bar < 0) break;
                int length;
                try {
                    length = Integer.parseInt(pending.substring(0, bar));
                } catch (NumberFormatException notAFrame) {
                    pending.setLength(0);
                    break;
                }
                if (pending.length() < bar + 1 + length) break;
                String message = pending.substring(bar + 1, bar + 1 + length);
                pending.delete(0, bar + 1 + length);
                handle(message);
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        private void handle(String message) {
            pushOpen.countDown();
            String trimmed = message.trim();
            if (!(trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("for(;;);"))) return; // handshake, heartbeat
            JsonNode uidl = uidl(trimmed);
            syncId.accumulateAndGet(uidl.path("syncId").asLong(), Math::max);
            for (JsonNode change : uidl.path("changes")) {
                if ("value".equals(change.path("key").asString()) && change.path("feat").asInt() == 1 && change.has("value")) {
                    onPushedValue.accept(change.path("node").asInt(), change.path("value").asString());
                }
            }
        }
    }
}
