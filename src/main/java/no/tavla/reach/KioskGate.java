package no.tavla.reach;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.tavla.shared.FailedAttempts;
import no.tavla.shared.Language;
import no.tavla.shared.Translations;
import org.springframework.web.util.HtmlUtils;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door to the staff-room screens, before Vaadin: an address without a working screen's token answers 404 at once
 * and makes no session (a loop over made-up tokens fills nothing), and an address guessing over and over is slowed
 * down. A right token passes to the screen, whose session ends once its page is gone.
 */
final class KioskGate extends OncePerRequestFilter {

    static final String PREFIX = "/kiosk";
    private final Kiosks kiosks;
    private final FailedAttempts failures;
    private final Translations translations;

    KioskGate(Kiosks kiosks, FailedAttempts failures, Translations translations) {
        this.kiosks = kiosks;
        this.failures = failures;
        this.translations = translations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(PREFIX) || path.startsWith(PREFIX + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (failures.blocked(address)) {
            failures.refuse(response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String token = path.length() > PREFIX.length() + 1
                ? URLDecoder.decode(path.substring(PREFIX.length() + 1), StandardCharsets.UTF_8) : "";
        if (token.contains("/") || !kiosks.exists(token)) {
            failures.failed(address);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            // Bokmål unless the browser asks for another language Tavla speaks
            Language language = request.getHeader("Accept-Language") == null ? Language.DEFAULT
                    : Language.of(request.getLocale());
            java.util.Locale locale = language.locale();
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.tag()
                    + "\"><head><meta charset=\"utf-8\"><title>Tavla</title></head><body><main><h1>"
                    + HtmlUtils.htmlEscape(translations.text("kiosk.gate.heading", locale)) + "</h1><p>"
                    + HtmlUtils.htmlEscape(translations.text("kiosk.gate.text", locale))
                    + "</p></main></body></html>");
            return;
        }
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Before Spring Security and Vaadin, which would both make a session. */
        @Bean
        FilterRegistrationBean<KioskGate> kioskGate(Kiosks kiosks, FailedAttempts failures,
                                                    Translations translations) {
            FilterRegistrationBean<KioskGate> registration = new FilterRegistrationBean<>(new KioskGate(kiosks,
                    failures, translations));
            registration.addUrlPatterns(PREFIX, PREFIX + "/*");
            registration.setOrder(-110);
            return registration;
        }
    }
}
