package no.tavla.access.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import no.tavla.access.TavlaRoles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Everyone signed in is an employee; the global roles come from a claim the identity provider sends (Entra ID app
 * roles or group ids, Keycloak roles). The claim may be a path such as {@code realm_access.roles}.
 */
public class ClaimRoleMapper implements GrantedAuthoritiesMapper {

    private final String claimPath;
    private final Set<String> adminValues;
    private final Set<String> communicationsValues;

    public ClaimRoleMapper(String claimPath, Collection<String> adminValues, Collection<String> communicationsValues) {
        this.claimPath = claimPath;
        this.adminValues = Set.copyOf(adminValues);
        this.communicationsValues = Set.copyOf(communicationsValues);
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new HashSet<>(authorities);
        mapped.add(role(TavlaRoles.EMPLOYEE));
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                Set<String> values = new HashSet<>(claimValues(oidc.getIdToken().getClaims()));
                if (oidc.getUserInfo() != null) {
                    values.addAll(claimValues(oidc.getUserInfo().getClaims()));
                }
                if (values.stream().anyMatch(adminValues::contains)) {
                    mapped.add(role(TavlaRoles.ADMIN));
                }
                if (values.stream().anyMatch(communicationsValues::contains)) {
                    mapped.add(role(TavlaRoles.COMMUNICATIONS));
                }
            }
        }
        return mapped;
    }

    List<String> claimValues(Map<String, Object> claims) {
        Object value = claims;
        for (String part : claimPath.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return List.of();
            }
            value = map.get(part);
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text) {
            return Stream.of(text.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
        }
        return List.of();
    }

    private static SimpleGrantedAuthority role(String role) {
        return new SimpleGrantedAuthority("ROLE_" + role);
    }
}
