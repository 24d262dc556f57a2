package no.tavla.notifications.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for LINK Mobility's SMS API on 127.0.0.1, for the local profile and the tests: it answers
 * {@code POST /sms/send} as the gateway does (Basic authentication, JSON in, a {@code messageId} out) and keeps what it
 * was given, so the real adapter is what the tests exercise. Nothing reaches a phone. It can be told to fail the next
 * requests (a gateway that is down).
 */
public final class LocalSmsGateway {

    /** One SMS as the gateway received it. */
    public record Received(Instant at, String destination, String source, String text, String reference,
                           String messageId) {
    }

    static final String USERNAME = "tavla-local";
    static final String PASSWORD = "local-sms-secret";
    static final String PARTNER = "local-partner";

    private static final Logger LOG = LoggerFactory.getLogger(LocalSmsGateway.class);

    private final HttpServer server;
    private final java.util.Queue<Received> received = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final AtomicInteger failing = new AtomicInteger();
    private volatile int failWith = 503;
    /** How long each request takes to answer, as a real gateway's round trip does (for the benchmarks). */
    private volatile java.time.Duration latency = java.time.Duration.ZERO;

    private LocalSmsGateway(HttpServer server) {
        this.server = server;
    }

    /** Starts on 127.0.0.1 at the port (0: a free one). */
    public static LocalSmsGateway start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            LocalSmsGateway gateway = new LocalSmsGateway(server);
            server.createContext("/sms/send", gateway::handle);
            // requests at once, as the real gateway takes them
            server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            LOG.info("Local SMS gateway (development only) on 127.0.0.1:{}; what it receives shows at /local/sms",
                    gateway.port());
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException("The local SMS gateway could not start on port " + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The next {@code count} requests are answered {@code status} (503: the gateway is down). */
    public void failNext(int count, int status) {
        failWith = status;
        failing.set(count);
    }

    /** Each request from now on is answered after this long (zero: at once). */
    public void latency(java.time.Duration latency) {
        this.latency = latency;
    }

    /** Forgets what it received (a benchmark's thousands). */
    public void forget() {
        received.clear();
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String expected = "Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "{\"description\":\"POST only\"}");
                return;
            }
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"description\":\"Unauthorized\"}");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!latency.isZero()) {
                try {
                    Thread.sleep(latency);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                answer(exchange, failWith, "{\"description\":\"Service unavailable\"}");
                return;
            }
            String destination = field(body, "destination");
            if (destination == null || !destination.matches("\\+\\d{8,15}") || !PARTNER.equals(field(body,
                    "platformPartnerId"))) {
                answer(exchange, 400, "{\"description\":\"Invalid destination or platformPartnerId\"}");
                return;
            }
            String id = UUID.randomUUID().toString();
            received.add(new Received(Instant.now(), destination, field(body, "source"), field(body, "userData"),
                    field(body, "refId"), id));
            answer(exchange, 200, "{\"messageId\":\"" + id + "\",\"resultCode\":1005,\"description\":\"Queued\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** A string field of the JSON Tavla's adapter writes (flat, one level), unescaped. */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1).replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t")
                .replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
