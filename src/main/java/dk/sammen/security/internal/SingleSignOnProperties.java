package dk.sammen.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with OpenID Connect, switched on by setting the issuer. The claims say which of the
 * provider's claims carry the user name, e-mail, display name and department (empty: no department).
 */
@ConfigurationProperties("sammen.oidc")
public record SingleSignOnProperties(String issuerUri, String clientId, String clientSecret, String usernameClaim,
                                     String emailClaim, String nameClaim, String departmentClaim, boolean localPasswords) {

    public SingleSignOnProperties {
        issuerUri = issuerUri == null ? "" : issuerUri.strip();
        clientId = clientId == null ? "" : clientId;
        clientSecret = clientSecret == null ? "" : clientSecret;
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        emailClaim = emailClaim == null || emailClaim.isBlank() ? "email" : emailClaim;
        nameClaim = nameClaim == null || nameClaim.isBlank() ? "name" : nameClaim;
        departmentClaim = departmentClaim == null ? "" : departmentClaim;
    }

    public boolean enabled() {
        return !issuerUri.isEmpty();
    }
}
