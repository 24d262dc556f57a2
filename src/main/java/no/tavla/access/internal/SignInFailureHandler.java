package no.tavla.access.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed or cancelled sign-in to a friendly page that says which it was and offers to try again. */
public class SignInFailureHandler implements AuthenticationFailureHandler {

    public static final String PAGE = "/sign-in-failed";
    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = reasonFor(exception);
        log.info("Sign-in did not complete ({}): {}", reason, exception.getMessage());
        response.sendRedirect(request.getContextPath() + PAGE + "?reason=" + reason);
    }

    static String reasonFor(AuthenticationException exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof LazyClientRegistrationRepository.IdentityProviderUnavailable) {
                return "unavailable";
            }
        }
        if (exception instanceof OAuth2AuthenticationException oauth) {
            if ("access_denied".equals(oauth.getError().getErrorCode())) {
                return "cancelled";
            }
            if (TavlaOidcUserService.INACTIVE.equals(oauth.getError().getErrorCode())) {
                return "inactive";
            }
        }
        return "failed";
    }
}
