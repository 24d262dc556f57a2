package no.tavla.shared.ui;

import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import no.tavla.shared.Language;
import no.tavla.shared.LanguagePreferences;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Which language a page is shown in: the signed-in person's saved choice, else the cookie set by the last choice in
 * this browser (which also covers the pages before sign-in), else Bokmål.
 */
@Component
public class LanguageSelection {

    static final String COOKIE = LanguagePreferences.COOKIE;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final LanguagePreferences preferences;
    private final AuthenticationContext authentication;

    LanguageSelection(LanguagePreferences preferences, AuthenticationContext authentication) {
        this.preferences = preferences;
        this.authentication = authentication;
    }

    /** A person's language as read once for the session (their choice here updates it). */
    private record Remembered(String subject, Language language) implements java.io.Serializable {
    }

    /** The language for the request being served. */
    public Language resolve(VaadinRequest request) {
        return subject().flatMap(this::saved)
                .or(() -> fromCookie(request))
                .orElse(Language.DEFAULT);
    }

    /** The person's saved language, read from the database once per session, not on every page. */
    private Optional<Language> saved(String subject) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return preferences.languageOf(subject);
        }
        Remembered remembered = session.getAttribute(Remembered.class);
        if (remembered == null || !remembered.subject().equals(subject)) {
            remembered = new Remembered(subject, preferences.languageOf(subject).orElse(null));
            session.setAttribute(Remembered.class, remembered);
        }
        return Optional.ofNullable(remembered.language());
    }

    /** Remembers the choice (for the person, and in this browser) and shows the current page in that language. */
    public void choose(Language language) {
        subject().ifPresent(subject -> {
            preferences.remember(subject, language);
            VaadinSession.getCurrent().setAttribute(Remembered.class, new Remembered(subject, language));
        });
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.tag());
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(VaadinService.getCurrentRequest() != null && VaadinService.getCurrentRequest().isSecure());
            response.addCookie(cookie);
        }
        VaadinSession.getCurrent().setLocale(language.locale());
        UI.getCurrent().getPage().reload();
    }

    private static Optional<Language> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> Language.fromTag(c.getValue()));
    }

    private Optional<String> subject() {
        return authentication.isAuthenticated() ? authentication.getPrincipalName() : Optional.empty();
    }
}
