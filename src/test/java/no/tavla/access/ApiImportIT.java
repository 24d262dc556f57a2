package no.tavla.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import no.tavla.shared.Refusal;
import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The nightly HR sync: API tokens that administrators make and revoke, and the import over HTTP. */
@TavlaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = "siri", roles = "ADMIN")
class ApiImportIT {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String boundary = "tavla" + UUID.randomUUID();

    private HttpResponse<String> post(String query, String token, String language, byte[] units, byte[] people)
            throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] part : new String[][] {{"units", "units.csv"}, {"people", "people.csv"}}) {
            byte[] bytes = part[0].equals("units") ? units : people;
            if (bytes == null) {
                continue;
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part[0] + "\"; filename=\""
                    + part[1] + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(bytes);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/import" + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] demo(String name) throws Exception {
        return new ClassPathResource("demo/" + name + ".csv").getContentAsByteArray();
    }

    @Test
    void theNightlySyncImportsWithItsToken() throws Exception {
        String token = tokens.create("Nattlig HR-synk");
        assertThat(token).startsWith("tavla_");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", Integer.class,
                ApiTokens.hash(token))).as("only the hash is kept").isEqualTo(1);

        HttpResponse<String> preview = post("?mode=PARTIAL&dryRun=true", token, "nb", demo("units"), demo("people"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("\"status\":\"preview\"").contains("\"people\":300");

        HttpResponse<String> imported = post("?mode=PARTIAL", token, "nb", demo("units"), demo("people"));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("\"status\":\"imported\"").contains("\"peopleUpdated\":300");
        assertThat(tokens.list()).filteredOn(t -> t.name().equals("Nattlig HR-synk"))
                .allMatch(t -> t.lastUsedAt() != null);
    }

    @Test
    void problemsComeBackAs422InTheAskedLanguageAndNothingIsImported() throws Exception {
        String token = tokens.create("Synk med feil");
        byte[] people = "Ansattnummer;Navn;Enhet\n99001;Anne;FINNES-IKKE\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> norwegian = post("?mode=PARTIAL", token, "nb-NO", null, people);
        assertThat(norwegian.statusCode()).isEqualTo(422);
        assertThat(norwegian.body()).contains("Personfila, linje 2: enheten «FINNES-IKKE»");
        HttpResponse<String> english = post("?mode=PARTIAL", token, "en", null, people);
        assertThat(english.body()).contains("The people file, line 2: the unit «FINNES-IKKE»");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE employee_number = '99001'", Integer.class))
                .isZero();
        assertThat(post("?mode=EVERYTHING", token, "en", null, people).statusCode()).isEqualTo(400);
    }

    @Test
    void aFullImportThatDeactivatesManyIsRefusedWithoutConfirmDeactivations() throws Exception {
        String token = tokens.create("Synk med for få");
        byte[] two = "Ansattnummer;Navn;Enhet\n10001;Kari Nordmann;HO-HJT\n10002;Jonas Berg;HO-HJT\n"
                .getBytes(StandardCharsets.UTF_8);
        int active = jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE status = 'ACTIVE'", Integer.class);
        HttpResponse<String> preview = post("?mode=FULL&dryRun=true", token, "nb", null, two);
        assertThat(preview.body()).contains("\"confirmationNeeded\":true");
        HttpResponse<String> refused = post("?mode=FULL", token, "nb", null, two);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("import.deactivations.confirm").contains("confirmDeactivations=");
        assertThat(post("?mode=FULL&confirmDeactivations=3", token, "en", null, two).statusCode()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE status = 'ACTIVE'", Integer.class))
                .as("nobody deactivated").isEqualTo(active);
        assertThat(post("", token, "nb", null, two).statusCode()).as("without a mode: only changes").isEqualTo(200);
    }

    @Test
    void noTokenAWrongTokenOrARevokedTokenGetsNothing() throws Exception {
        assertThat(post("", null, "nb", demo("units"), null).statusCode()).isEqualTo(401);
        assertThat(post("", "tavla_not-a-real-token", "nb", demo("units"), null).statusCode()).isEqualTo(401);
        String token = tokens.create("Skal trekkes");
        long id = tokens.list().stream().filter(t -> t.name().equals("Skal trekkes")).findFirst().orElseThrow().id();
        tokens.revoke(id);
        assertThat(post("", token, "nb", demo("units"), null).statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> tokens.revoke(id)).isInstanceOf(Refusal.class);
    }

    @Test
    void aTokenNameIsRequired() {
        assertThatThrownBy(() -> tokens.create("  ")).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).key()).isEqualTo("tokens.name.required");
    }

    @Test
    @WithMockUser(roles = {"EMPLOYEE", "COMMUNICATIONS"})
    void onlyAdministratorsManageTokens() {
        assertThatThrownBy(() -> tokens.create("x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.list()).isInstanceOf(AccessDeniedException.class);
    }
}
