package no.tavla.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class ClaimRoleMapperTest {

    private static List<String> rolesFor(ClaimRoleMapper mapper, Map<String, Object> claims) {
        OidcIdToken token = new OidcIdToken("t", Instant.EPOCH, Instant.EPOCH.plusSeconds(60), claims);
        Collection<? extends GrantedAuthority> mapped = mapper.mapAuthorities(List.of(new OidcUserAuthority(token)));
        return mapped.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_")).sorted().toList();
    }

    @Test
    void everyoneSignedInIsAnEmployee() {
        ClaimRoleMapper mapper = new ClaimRoleMapper("roles", List.of("ADMIN"), List.of("COMMUNICATIONS"));
        assertThat(rolesFor(mapper, Map.of("sub", "a"))).containsExactly("ROLE_EMPLOYEE");
    }

    @Test
    void configuredClaimValuesGiveTheGlobalRoles() {
        ClaimRoleMapper mapper = new ClaimRoleMapper("roles", List.of("Tavla.Admin"), List.of("Tavla.Kommunikasjon"));
        assertThat(rolesFor(mapper, Map.of("sub", "a", "roles", List.of("Tavla.Admin", "Tavla.Kommunikasjon"))))
                .containsExactly("ROLE_ADMIN", "ROLE_COMMUNICATIONS", "ROLE_EMPLOYEE");
    }

    @Test
    void aValueThatIsNotConfiguredGivesNoRole() {
        ClaimRoleMapper mapper = new ClaimRoleMapper("roles", List.of("Tavla.Admin"), List.of());
        assertThat(rolesFor(mapper, Map.of("sub", "a", "roles", List.of("ADMIN"))))
                .containsExactly("ROLE_EMPLOYEE");
    }

    @Test
    void keycloakRealmRolesAreReadThroughAPath() {
        ClaimRoleMapper mapper = new ClaimRoleMapper("realm_access.roles", List.of("tavla-admin"), List.of());
        Map<String, Object> claims = Map.of("sub", "a", "realm_access", Map.of("roles", List.of("tavla-admin")));
        assertThat(rolesFor(mapper, claims)).contains("ROLE_ADMIN");
    }

    @Test
    void entraGroupIdsInASpaceSeparatedStringAreRead() {
        ClaimRoleMapper mapper = new ClaimRoleMapper("groups", List.of("6f1c-admins"), List.of("9a2b-komm"));
        assertThat(rolesFor(mapper, Map.of("sub", "a", "groups", "9a2b-komm 1111"))).contains("ROLE_COMMUNICATIONS")
                .doesNotContain("ROLE_ADMIN");
    }
}
