package no.tavla.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TavlaProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tavla started as the README and the Dockerfile start it in production, in a JVM of its own, on a real MariaDB (the
 * embedded server this test context runs, reached as an external one).
 */
@TavlaIntegrationTest
class ProductionStartIT {

    private static final String DATABASE_PASSWORD = "Db-Password-7bd91e4c5a";
    private static final String CLIENT_SECRET = "Oidc-Client-Secret-3f08aa41";
    private static final String METRICS_TOKEN = "Metrics-Token-0d9c1b7e2f6a4d8c9e0f1a2b";

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void noSecretReachesTheLogAndEveryLineIsJsonAsTheImageStartsIt() throws Exception {
        jdbc.execute("CREATE DATABASE IF NOT EXISTS tavla_production CHARACTER SET utf8mb4 COLLATE utf8mb4_danish_ci");
        int port = freePort();
        Map<String, String> environment = new HashMap<>(dockerfileEnvironment());
        environment.putAll(Map.of(
                "PORT", String.valueOf(port),
                "SERVER_ADDRESS", "127.0.0.1",
                "SPRING_DATASOURCE_URL", dataSource.getJdbcUrl().replaceFirst("/tavla(\\?|$)", "/tavla_production$1"),
                "SPRING_DATASOURCE_USERNAME", "tavla",
                "SPRING_DATASOURCE_PASSWORD", DATABASE_PASSWORD,
                "TAVLA_OIDC_ISSUER_URI", "https://login.kommune.invalid/realms/kommune",
                "TAVLA_OIDC_CLIENT_ID", "tavla",
                "TAVLA_OIDC_CLIENT_SECRET", CLIENT_SECRET,
                "TAVLA_METRICS_TOKEN", METRICS_TOKEN));
        try (TavlaProcess tavla = TavlaProcess.start(environment, dockerfileJvmOptions())) {
            assertThat(tavla.awaitLine(line -> line.contains("Started TavlaApplication"), 180))
                    .as("Tavla started:\n%s", tavla.output()).isTrue();
            String base = "http://127.0.0.1:" + port;
            assertThat(get(base + "/actuator/health").statusCode()).isEqualTo(200);
            assertThat(get(base + "/actuator/prometheus", "Authorization", "Bearer " + METRICS_TOKEN).statusCode())
                    .isEqualTo(200);
            assertThat(get(base + "/actuator/prometheus", "Authorization", "Bearer " + METRICS_TOKEN + "x")
                    .statusCode()).isEqualTo(401);
            get(base + "/");
            get(base + "/oauth2/authorization/tavla");
            tavla.close();
            String output = tavla.output();
            assertThat(output).as("the log").contains("Started TavlaApplication")
                    .doesNotContain(DATABASE_PASSWORD).doesNotContain(CLIENT_SECRET).doesNotContain(METRICS_TOKEN)
                    .doesNotContainPattern("(?i)password=[^*&\"\\s]");
            assertThat(tavla.lines()).as("every line is a JSON log record, the first one too")
                    .isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{"));
        }
    }

    @Test
    void aMissingSignInSettingIsReportedBeforeWaitingForTheDatabase() throws Exception {
        int closed = freePort();
        Map<String, String> environment = Map.of(
                "PORT", String.valueOf(freePort()),
                "SERVER_ADDRESS", "127.0.0.1",
                "TAVLA_LOG_FORMAT", "",
                "SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:" + closed + "/tavla",
                "SPRING_DATASOURCE_USERNAME", "tavla",
                "SPRING_DATASOURCE_PASSWORD", "x",
                "TAVLA_DATABASE_CONNECT_ATTEMPTS", "3");
        try (TavlaProcess tavla = TavlaProcess.start(environment, List.of())) {
            assertThat(tavla.awaitExit(180)).as("Tavla stopped:\n%s", tavla.output()).isPositive();
            assertThat(tavla.output()).contains("TAVLA_OIDC_ISSUER_URI").contains("is not set")
                    .doesNotContain("is not reachable yet");
        }
    }

    @Test
    void theImagesHealthCheckAsksThePortTavlaListensOn() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        Matcher check = Pattern.compile("HEALTHCHECK[^\\n]*\\\\\\n\\s*CMD ([^\\n]+)").matcher(dockerfile);
        assertThat(check.find()).isTrue();
        assertThat(check.group(1)).contains("${PORT}").doesNotContain(":8080");
        assertThat(dockerfile).doesNotContain("JAVA_TOOL_OPTIONS").contains("docker stop -t 30");
    }

    private HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JVM options the image's ENTRYPOINT gives, between {@code java} and the launcher. */
    static List<String> dockerfileJvmOptions() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]$").matcher(dockerfile);
        assertThat(entrypoint.find()).as("the Dockerfile's ENTRYPOINT").isTrue();
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"").matcher(entrypoint.group(1));
        while (word.find()) {
            words.add(word.group(1));
        }
        assertThat(words.getFirst()).isEqualTo("java");
        return words.subList(1, words.size() - 1);
    }

    /** The ENV lines of the image's final stage. */
    static Map<String, String> dockerfileEnvironment() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile")).replace("\\\n", " ");
        Map<String, String> environment = new HashMap<>();
        Matcher env = Pattern.compile("(?m)^ENV (.*)$").matcher(dockerfile);
        while (env.find()) {
            Matcher pair = Pattern.compile("(\\w+)=(\\S+)").matcher(env.group(1));
            while (pair.find()) {
                environment.put(pair.group(1), pair.group(2).replace("\"", ""));
            }
        }
        return environment;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
