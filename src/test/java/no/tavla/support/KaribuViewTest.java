package no.tavla.support;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Browserless view tests (Karibu-Testing) against the whole application and its real MariaDB. A test signs in as a
 * person with roles the same way the OIDC sign-in would, so the route guards and services see a real principal.
 */
@TavlaIntegrationTest
public abstract class KaribuViewTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    /** Tavla's routes, layouts and error views; found by Spring's scanner, which also sees package-private views. */
    @BeforeAll
    @SuppressWarnings("unchecked")
    static void discoverRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("no.tavla")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errorViews.add((Class<? extends HasErrorParameter<?>>) type);
            } else {
                views.add((Class<? extends Component>) type);
            }
        }
        routes = new Routes(views, errorViews, true);
    }

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        securityContexts().clearContext();
        SecurityContextHolder.clearContext();
    }

    /** This application's security context strategy (Vaadin installs its own), as the services read it. */
    private SecurityContextHolderStrategy securityContexts() {
        return context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Signs in as a person; everyone is an employee, {@code roles} adds global roles such as ADMIN. */
    protected void signInAs(String subject, String fullName, String... roles) {
        if (UI.getCurrent() != null && !UI.getCurrent().getInternals().getActiveRouterTargetsChain().isEmpty()) {
            // another person is another browser: a fresh UI, not the views Vaadin would reuse for the same route
            MockVaadin.tearDown();
            startVaadin();
        }
        authenticateAs(subject, fullName, roles);
    }

    /** The sign-in itself, in the browser session and page as they are (as signing in again in the same tab). */
    protected void authenticateAs(String subject, String fullName, String... roles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", subject);
        claims.put("name", fullName);
        claims.put("given_name", fullName.split(" ")[0]);
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(3600), claims);
        Set<GrantedAuthority> authorities = Stream.concat(Stream.of("EMPLOYEE"), Stream.of(roles))
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .collect(Collectors.toSet());
        DefaultOidcUser user = new DefaultOidcUser(authorities, token, "sub");
        OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(user, authorities, "tavla");
        securityContexts().getContext().setAuthentication(authentication);
        // Vaadin's AuthenticationContext reads the static holder, whose strategy a test with @WithMockUser may have
        // replaced by Spring Security Test's own (it stays replaced): the shell must see the same person
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authorities.contains(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    /** Signs in as a person of the demo municipality, linked by employee number as the real sign-in does. */
    protected void signInAsDemoPerson(String subject, String fullName, String employeeNumber, String... roles) {
        context.getBean(no.tavla.organisation.People.class)
                .signedIn(new no.tavla.organisation.SignIn(subject, fullName, null, employeeNumber));
        signInAs(subject, fullName, roles);
    }

    /** Signs out: nobody is signed in, as on a staff-room screen. */
    protected void signOut() {
        securityContexts().clearContext();
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    protected void signInAsEmployee() {
        signInAs("demo-kari", "Kari Nordmann");
    }

    protected void signInAsAdmin() {
        signInAs("demo-siri", "Siri Dahl", "ADMIN");
    }
}
