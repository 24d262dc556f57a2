package no.tavla.access.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import no.tavla.access.internal.OidcClientSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The in-process identity provider of the local profile, on loopback, with a page to choose a demo person. */
public final class LocalSignInServer {

    static final String ISSUER_ID = "tavla";
    private static final Logger log = LoggerFactory.getLogger(LocalSignInServer.class);

    private final MockOAuth2Server server;
    private final Path loginPage;
    private final int port;

    private LocalSignInServer(MockOAuth2Server server, Path loginPage, int port) {
        this.server = server;
        this.loginPage = loginPage;
        this.port = port;
    }

    /** Starts on 127.0.0.1 at the given port (0 picks a free one). */
    public static LocalSignInServer start(int port, List<DemoPerson> people) {
        try {
            Path page = Files.createTempFile("tavla-local-sign-in", ".html");
            Files.writeString(page, LocalSignInPage.html(people), StandardCharsets.UTF_8);
            // Netty, not the default MockWebServer: that one keeps every request it answers, without limit, and a
            // demo instance that runs for days grows by about five per sign-in
            MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true, page.toString(), null, false,
                    new OAuth2TokenProvider(), Set.of(), new NettyWrapper(null)));
            server.start(InetAddress.getByName("127.0.0.1"), port);
            int actualPort = server.baseUrl().port();
            log.info("Local sign-in (development only) at http://localhost:{}/{}", actualPort, ISSUER_ID);
            return new LocalSignInServer(server, page, actualPort);
        } catch (IOException e) {
            throw new UncheckedIOException("The local sign-in could not start on port " + port, e);
        }
    }

    public String issuer() {
        return "http://localhost:" + port + "/" + ISSUER_ID;
    }

    /** Explicit endpoints, so nothing is discovered over the network. */
    public OidcClientSettings clientSettings() {
        String issuer = issuer();
        return new OidcClientSettings(issuer, "tavla-local", "local-development-secret",
                new OidcClientSettings.Endpoints(issuer + "/authorize", issuer + "/token", issuer + "/jwks",
                        issuer + "/userinfo", issuer + "/endsession"),
                List.of("openid", "profile", "email"));
    }

    /** The oldest request the server still holds, if it holds any (it should not: see {@link #start}). */
    java.util.Optional<String> oldestKeptRequest() {
        try {
            okhttp3.mockwebserver.RecordedRequest kept = server.takeRequest(1, java.util.concurrent.TimeUnit.MILLISECONDS);
            return java.util.Optional.ofNullable(kept).map(String::valueOf);
        } catch (UnsupportedOperationException notRecording) { // what it says when its server records nothing
            return java.util.Optional.empty();
        }
    }

    public void stop() {
        server.shutdown();
        try {
            Files.deleteIfExists(loginPage);
        } catch (IOException e) {
            log.debug("Could not delete {}", loginPage, e);
        }
    }

    /** The page the identity provider shows: one button per demo person, and a way to cancel. */
    static final class LocalSignInPage {

        private LocalSignInPage() {
        }

        static String html(List<DemoPerson> people) {
            String buttons = people.stream().map(LocalSignInPage::personForm).collect(Collectors.joining("\n"));
            return """
                    <!DOCTYPE html>
                    <html lang="nb">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Lokal innlogging – Tavla</title>
                    <style>
                      body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem;
                             color: #1a1a1a; background: #fff; }
                      h1 { font-size: 1.6rem; }
                      p.note { background: #fff4ce; border-left: 4px solid #8a6d00; padding: .5rem 1rem; }
                      ul { list-style: none; padding: 0; }
                      li { margin: .5rem 0; }
                      button { width: 100%; text-align: left; padding: .75rem 1rem; font-size: 1rem; cursor: pointer;
                               border: 1px solid #4a4a4a; border-radius: 6px; background: #f6f6f6; color: #1a1a1a; }
                      button:hover, button:focus-visible { background: #e3ecf7; outline: 3px solid #0b4f9c; }
                      .kind { display: block; font-size: .9rem; color: #3d3d3d; }
                      a { color: #0b4f9c; }
                    </style>
                    </head>
                    <body>
                    <main>
                    <h1>Lokal innlogging <span lang="en">(local sign-in)</span></h1>
                    <p class="note">Bare for utvikling og test: velg hvem du vil være. <span lang="en">Development and
                    testing only: choose who you want to be.</span></p>
                    <ul>
                    {{PEOPLE}}
                    </ul>
                    <p><a id="cancel" href="#">Avbryt innloggingen <span lang="en">(cancel sign-in)</span></a></p>
                    </main>
                    <script>
                      // Cancelling answers the application as a real identity provider would: error=access_denied.
                      const query = new URLSearchParams(location.search);
                      const back = query.get('redirect_uri');
                      if (back) {
                        const cancel = new URL(back);
                        cancel.searchParams.set('error', 'access_denied');
                        if (query.get('state')) cancel.searchParams.set('state', query.get('state'));
                        document.getElementById('cancel').href = cancel.toString();
                      }
                    </script>
                    </body>
                    </html>
                    """.replace("{{PEOPLE}}", buttons);
        }

        private static String personForm(DemoPerson person) {
            String roles = person.roles().stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
            String claims = """
                    {"name":"%s","email":"%s","employee_number":"%s","title":"%s","roles":[%s]}"""
                    .formatted(json(person.name()), json(person.email()), json(person.employeeNumber()),
                            json(person.title()), roles);
            return """
                    <li><form method="post">
                    <input type="hidden" name="username" value="%s">
                    <input type="hidden" name="claims" value="%s">
                    <button type="submit">%s<span class="kind">%s · %s</span></button>
                    </form></li>"""
                    .formatted(html(person.subject()), html(claims), html(person.name()), html(person.title()),
                            html(person.kind()));
        }

        private static String json(String value) {
            return value.replace("\\", "\\\\").replace("\"", "\\\"");
        }

        private static String html(String value) {
            return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\"", "&quot;").replace("'", "&#39;");
        }
    }
}
