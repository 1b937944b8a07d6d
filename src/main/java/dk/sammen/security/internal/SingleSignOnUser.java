package dk.sammen.security.internal;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in through the identity provider, known to the rest of Sammen by their user name here. */
record SingleSignOnUser(OidcUser provided, String username, Collection<? extends GrantedAuthority> authorities)
        implements OidcUser, java.io.Serializable {

    @Override
    public Map<String, Object> getClaims() {
        return provided.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return provided.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return provided.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return provided.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getName() {
        return username;
    }
}
