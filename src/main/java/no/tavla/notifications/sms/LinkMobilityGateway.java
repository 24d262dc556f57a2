package no.tavla.notifications.sms;

import no.tavla.notifications.FailureReason;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.tavla.shared.ConfigurationProblem;

/**
 * LINK Mobility's REST API ("Common API", used by many Norwegian municipalities, formerly PSWinCom): one POST to
 * {@code {url}/sms/send} with Basic authentication and a JSON body ({@code source}, {@code destination},
 * {@code userData}, {@code platformId}, {@code platformPartnerId}, {@code refId}); the answer carries the gateway's
 * {@code messageId}. A 4xx answer other than 401, 403 and 429 is the message's own fault (a wrong number) and is not
 * tried again; anything else is.
 */
public final class LinkMobilityGateway implements SmsGateway {

    private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\"\\s*:\\s*\"([^\"]{1,100})\"");
    private static final Pattern SENDER = Pattern.compile("[A-Za-z0-9 ]{1,11}|\\+?\\d{3,15}");

    private final SmsProperties properties;
    private final HttpClient http;
    private final String authorization;

    public LinkMobilityGateway(SmsProperties properties) {
        check(properties);
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((properties.username() + ":"
                + properties.password()).getBytes(StandardCharsets.UTF_8));
    }

    static void check(SmsProperties properties) {
        if (!properties.url().matches("https://\\S+|http://(127\\.0\\.0\\.1|localhost)(:\\d+)?(/\\S*)?")) {
            throw new ConfigurationProblem("TAVLA_SMS_URL", "is not an https address",
                    "Set TAVLA_SMS_URL to LINK Mobility's API, e.g. https://n-eu.linkmobility.io.");
        }
        if (properties.platformPartnerId().isEmpty()) {
            throw new ConfigurationProblem("TAVLA_SMS_PLATFORM_PARTNER_ID", "is not set",
                    "Set TAVLA_SMS_PLATFORM_PARTNER_ID to the id LINK Mobility gave the municipality's account.");
        }
        if (!SENDER.matcher(properties.sender()).matches()) {
            throw new ConfigurationProblem("TAVLA_SMS_SENDER", "is not up to 11 letters and digits, or a number",
                    "Set TAVLA_SMS_SENDER to what phones should show, e.g. Kommunen.");
        }
    }

    @Override
    public Sent send(String to, String text, String reference) throws Refused {
        String body = "{\"source\":" + json(properties.sender()) + ",\"sourceTON\":"
                + json(properties.sender().matches("\\+?\\d+") ? "MSISDN" : "ALPHANUMERIC")
                + ",\"destination\":" + json(to) + ",\"userData\":" + json(text)
                + ",\"platformId\":" + json(properties.platformId())
                + ",\"platformPartnerId\":" + json(properties.platformPartnerId())
                + ",\"refId\":" + json(reference) + ",\"useDeliveryReport\":false}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.url() + "/sms/send"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Refused(FailureReason.SMS_UNREACHABLE, e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(FailureReason.SMS_INTERRUPTED, null, false);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            Matcher id = MESSAGE_ID.matcher(response.body());
            return new Sent(id.find() ? id.group(1) : null, SmsText.segments(text));
        }
        String said = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
        boolean permanent = status / 100 == 4 && status != 401 && status != 403 && status != 429;
        throw new Refused(FailureReason.SMS_REFUSED, status + (said.isBlank() ? ""
                : ": " + (said.length() > 200 ? said.substring(0, 200) : said)), permanent);
    }

    /** A JSON string, escaped. */
    static String json(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
