package no.tavla.access.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import no.tavla.access.ApiTokens;
import no.tavla.access.SignInInfo;
import no.tavla.access.TavlaRoles;
import no.tavla.organisation.People;
import no.tavla.shared.FailedAttempts;
import no.tavla.shared.MunicipalityProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The URL guards. Views guard themselves with their access annotation, and services check again (issue 3's
 * {@code AccessPolicy}); this is the outer door. Method security reads {@code @PreAuthorize} only: Vaadin checks the
 * views' {@code @PermitAll}/{@code @RolesAllowed} itself, and with JSR-250 on, Spring wrapped every view in a proxy at
 * every page open (docs/BENCHMARKS.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String SIGN_IN_PATH = "/oauth2/authorization/" + LazyClientRegistrationRepository.REGISTRATION_ID;

    /** The API, for machines only: an API token on every request, no session, no sign-in page. */
    @Bean
    @Order(0)
    SecurityFilterChain machineApi(HttpSecurity http, ApiTokens tokens,
                                   ObjectProvider<SecurityContextHolderStrategy> contexts, FailedAttempts failures)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/import").hasRole(TavlaRoles.ADMIN)
                        .anyRequest().denyAll())
                .addFilterBefore(new ApiTokenFilter(tokens,
                        contexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy), failures),
                        AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(SecurityConfiguration::referrerPolicy)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** Health is public for load balancers; metrics need an administrator's sign-in or the metrics token. */
    @Bean
    @Order(1)
    SecurityFilterChain operationsEndpoints(HttpSecurity http, @Value("${tavla.metrics.token:}") String metricsToken,
                                            ObjectProvider<SecurityContextHolderStrategy> contexts,
                                            FailedAttempts failures) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyRole(TavlaRoles.ADMIN, TavlaRoles.METRICS)
                        .anyRequest().denyAll())
                .addFilterBefore(new MetricsTokenFilter(metricsToken,
                        contexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy), failures),
                        AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(SecurityConfiguration::referrerPolicy)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        return http.build();
    }

    /**
     * The public channel (feeds and public item pages) is for anyone and creates no session: the service decides what
     * is public, by time.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicChannel(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .headers(SecurityConfiguration::referrerPolicy)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, OidcProperties oidc, People people,
                                    MunicipalityProperties municipality, SessionProperties sessions,
                                    ObjectProvider<SecurityContextHolderStrategy> contexts,
                                    java.time.Clock clock) throws Exception {
        SignInFailureHandler failure = new SignInFailureHandler();
        http.addFilterBefore(new SessionGuard(people,
                contexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy), clock, sessions.maxAge(),
                sessions.idle(), sessions.anonymousIdle()), AuthorizationFilter.class);
        http.headers(headers -> {
            referrerPolicy(headers);
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.forApplication(
                    municipality.logoUrl())));
        });
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/profile/**", "/error", "/error/**").permitAll());
        http.oauth2Login(login -> login
                .loginPage(SIGN_IN_PATH)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new TavlaOidcUserService(
                        new ClaimRoleMapper(oidc.rolesClaim(), oidc.adminValues(), oidc.communicationsValues()),
                        people, oidc.employeeNumberClaim())))
                .failureHandler(failure)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // the identity provider down at discovery: the friendly page, not a 500
                        filter.setAuthenticationFailureHandler(failure);
                        return filter;
                    }
                }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage(SIGN_IN_PATH, "{baseUrl}/signed-out")
                // an unknown address reaches Vaadin, which shows the not-found page in the shell
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /** Another site learns at most that someone came from Tavla, never which item or page. */
    private static void referrerPolicy(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(
                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcClientSettings settings) {
        return new LazyClientRegistrationRepository(settings);
    }

    @Bean
    SignInInfo signInInfo(OidcClientSettings settings, org.springframework.core.env.Environment environment) {
        return new SignInInfo(settings.issuerUri(), environment.matchesProfiles("local"));
    }
}
