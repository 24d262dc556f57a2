package no.tavla.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser without a browser: signs in through the local identity provider as a real browser does
 * (authorization code flow, cookies), opens Tavla's pages over Vaadin's own protocol (the first page carries its
 * state, eager server load), keeps them alive with heartbeats, and listens on the push channel (Atmosphere over a
 * WebSocket) for what the server sends. For the load harness and the statement budgets; no JavaScript runs.
 */
public final class BrowserlessClient {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FORM = Pattern.compile("<form method=\"post\">\\s*<input type=\"hidden\""
            + " name=\"username\" value=\"([^\"]*)\">\\s*<input type=\"hidden\" name=\"claims\" value=\"([^\"]*)\">");

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final List<String> pushed = new CopyOnWriteArrayList<>();
    private final AtomicInteger pushMessages = new AtomicInteger();
    private WebSocket push;
    /** Told each push message as it arrives (the benchmarks' clock, without polling thousands of pages). */
    private volatile java.util.function.Consumer<String> watcher = message -> { };
    private Page page;
    private String body = "";

    /** What the first response of a page said about the page the server keeps for it. */
    public record Page(int status, int uiId, String securityKey, String pushId, int bytes) {
    }

    public BrowserlessClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Signs in as the demo person whose subject is given (e.g. {@code demo-jonas}), as someone clicking that person
     * on the local sign-in page; ends on the page Tavla shows first.
     */
    public Page signInAs(String subject) throws IOException, InterruptedException {
        HttpResponse<String> answer = follow(get(base.resolve("/")));
        Matcher forms = FORM.matcher(answer.body());
        String claims = null;
        while (forms.find()) {
            if (unescape(forms.group(1)).equals(subject)) {
                claims = unescape(forms.group(2));
            }
        }
        if (claims == null) {
            throw new IllegalStateException("No demo person " + subject + " on the local sign-in page");
        }
        String form = "username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "&claims="
                + URLEncoder.encode(claims, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = follow(http.send(HttpRequest.newBuilder(answer.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
        page = page(signedIn);
        body = signedIn.body();
        return page;
    }

    /**
     * Opens a page of Tavla as a first request, as typing its address does; the page open before is left first, as a
     * browser leaving it tells the server (so that the server closes its UI, and a session does not pile them up).
     */
    public Page open(String path) throws IOException, InterruptedException {
        if (page != null && page.uiId() >= 0 && page.securityKey() != null) {
            leave();
        }
        HttpResponse<String> answer = follow(get(base.resolve(path)));
        page = page(answer);
        body = answer.body();
        return page;
    }

    /**
     * Leaves the page: the beacon Vaadin's client sends when the page is hidden for good (reloaded, left, its tab
     * closed), after which the server closes the page's UI.
     */
    public int leave() throws IOException, InterruptedException {
        String beacon = "{\"csrfToken\":\"" + page.securityKey() + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0,"
                + "\"UNLOAD\":true}";
        int status = http.send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + page.uiId()))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(beacon)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        page = null;
        return status;
    }

    /** Answers the server's heartbeat, as an open tab does every few minutes. */
    public int heartbeat() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve("/?v-r=heartbeat&v-uiId=" + page.uiId()))
                .header("Content-Type", "text/plain;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Opens the page's push channel (a WebSocket), as Vaadin's client does at once. */
    public void listen() throws InterruptedException, java.util.concurrent.ExecutionException {
        URI pushUri = URI.create(base.toString().replaceFirst("^http", "ws")).resolve("/VAADIN/push?v-r=push&v-uiId="
                + page.uiId() + "&v-pushId=" + page.pushId() + "&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket&X-atmo-protocol=true"
                + "&Content-Type=application/json;%20charset=UTF-8");
        StringBuilder partial = new StringBuilder();
        push = http.newWebSocketBuilder().header("Cookie", cookieHeader()).buildAsync(pushUri, new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String message = partial.toString();
                    partial.setLength(0);
                    pushMessages.incrementAndGet();
                    watcher.accept(message);
                    if (pushed.size() < 1000) {
                        pushed.add(message);
                    }
                }
                socket.request(1);
                return null;
            }
        }).get();
    }

    /** From now on, tells {@code watcher} each push message as it arrives. */
    public void watch(java.util.function.Consumer<String> watcher) {
        this.watcher = watcher;
    }

    /** How many push messages arrived so far (the first is Atmosphere's handshake). */
    public int pushMessages() {
        return pushMessages.get();
    }

    public List<String> pushed() {
        return List.copyOf(pushed);
    }

    /** Closes the push channel and forgets the session, as closing the tab does. */
    public void close() {
        if (push != null) {
            push.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
    }

    public Page page() {
        return page;
    }

    /** The last page's first response as it came: the HTML with the page's first state in it. */
    public String body() {
        return body;
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Follows redirects within Tavla and to and from the identity provider, keeping cookies. */
    private HttpResponse<String> follow(HttpResponse<String> answer) throws IOException, InterruptedException {
        HttpResponse<String> current = answer;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            current = get(next);
        }
        return current;
    }

    private static Page page(HttpResponse<String> answer) {
        String body = answer.body();
        Matcher ui = UI_ID.matcher(body);
        Matcher key = SECURITY_KEY.matcher(body);
        Matcher pushId = PUSH_ID.matcher(body);
        return new Page(answer.statusCode(), ui.find() ? Integer.parseInt(ui.group(1)) : -1,
                key.find() ? key.group(1) : null, pushId.find() ? pushId.group(1) : null,
                body.getBytes(StandardCharsets.UTF_8).length);
    }

    private String cookieHeader() {
        return String.join("; ", cookies.getCookieStore().get(base).stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
