package no.tavla.access.internal;

import java.util.HashSet;
import java.util.Set;

import no.tavla.organisation.People;
import no.tavla.organisation.SignIn;
import no.tavla.organisation.SignedInPerson;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Signs a person in: the identity provider's user, linked to (or made into) a person in Tavla, refused if HR says
 * they have left, with roles from the provider's claims and from role assignments in Tavla.
 */
public class TavlaOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    public static final String INACTIVE = "account_inactive";

    private final OidcUserService delegate = new OidcUserService();
    private final ClaimRoleMapper claimRoles;
    private final People people;
    private final String employeeNumberClaim;

    public TavlaOidcUserService(ClaimRoleMapper claimRoles, People people, String employeeNumberClaim) {
        this.claimRoles = claimRoles;
        this.people = people;
        this.employeeNumberClaim = employeeNumberClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        Object number = user.getClaims().get(employeeNumberClaim);
        SignedInPerson person = people.signedIn(new SignIn(user.getSubject(), user.getFullName(), user.getEmail(),
                number == null ? null : String.valueOf(number)));
        if (!person.active()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(INACTIVE,
                    "The person has left according to HR", null));
        }
        Set<GrantedAuthority> claimed = new HashSet<>(claimRoles.mapAuthorities(user.getAuthorities()));
        Set<String> claimedRoles = new HashSet<>();
        claimed.forEach(a -> {
            if (a.getAuthority() != null && a.getAuthority().startsWith("ROLE_")) {
                claimedRoles.add(a.getAuthority().substring(5));
            }
        });
        Set<GrantedAuthority> authorities = new HashSet<>(claimed);
        person.globalRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        // EDITOR and MANAGER here only say "somewhere": which units is for the AccessPolicy
        person.unitRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        return new TavlaOidcUser(authorities, user.getIdToken(), user.getUserInfo(), claimedRoles);
    }
}
