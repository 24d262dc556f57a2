package no.tavla.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The link in every e-mail that turns its person's e-mail notifications off without signing in (RFC 8058): the
 * person's id and an HMAC-SHA256 of it under {@code TAVLA_NOTIFICATIONS_SIGNING_KEY}. It does one thing for one
 * person, so it needs no expiry; a new key makes every old link invalid.
 */
@Component
public class UnsubscribeLinks {

    public static final String PATH = "/public/unsubscribe/";
    private static final Pattern TOKEN = Pattern.compile("(\\d{1,18})\\.([A-Za-z0-9_-]{43})");
    private static final String PURPOSE = "tavla-unsubscribe-email:";

    private final NotificationProperties properties;

    UnsubscribeLinks(NotificationProperties properties) {
        this.properties = properties;
    }

    public String token(long personId) {
        return personId + "." + signature(personId);
    }

    public String url(long personId) {
        return properties.baseUrl() + PATH + token(personId);
    }

    /** The person a token is for, if it is one Tavla signed; empty for anything else. */
    public OptionalLong personOf(String token) {
        if (token == null || properties.signingKey().isEmpty()) {
            return OptionalLong.empty();
        }
        var match = TOKEN.matcher(token);
        if (!match.matches()) {
            return OptionalLong.empty();
        }
        long personId = Long.parseLong(match.group(1));
        boolean valid = MessageDigest.isEqual(signature(personId).getBytes(StandardCharsets.US_ASCII),
                match.group(2).getBytes(StandardCharsets.US_ASCII));
        return valid ? OptionalLong.of(personId) : OptionalLong.empty();
    }

    private String signature(long personId) {
        if (properties.signingKey().isEmpty()) {
            throw new IllegalStateException("No TAVLA_NOTIFICATIONS_SIGNING_KEY to sign unsubscribe links with");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.signingKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((PURPOSE + personId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
