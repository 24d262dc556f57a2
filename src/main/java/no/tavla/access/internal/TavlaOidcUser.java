package no.tavla.access.internal;

import java.util.Collection;
import java.util.Set;

import no.tavla.shared.CurrentActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A signed-in person, remembering which roles the identity provider's claims gave (EMPLOYEE, and ADMIN or
 * COMMUNICATIONS by claim), apart from the roles Tavla assigned at that moment, which Tavla reads anew on every request.
 */
final class TavlaOidcUser extends DefaultOidcUser implements CurrentActor.ClaimedRoles {

    private static final long serialVersionUID = 1L;

    private final Set<String> claimedRoles;

    TavlaOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                  Set<String> claimedRoles) {
        super(authorities, idToken, userInfo, IdTokenClaimNames.SUB);
        this.claimedRoles = Set.copyOf(claimedRoles);
    }

    /** The same person with other authorities (roles given or taken back in Tavla since). */
    TavlaOidcUser withAuthorities(Collection<? extends GrantedAuthority> authorities) {
        return new TavlaOidcUser(authorities, getIdToken(), getUserInfo(), claimedRoles);
    }

    @Override
    public Set<String> claimedRoles() {
        return claimedRoles;
    }
}
