package dk.sammen.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** With single sign-on on and local passwords off, the password form signs no one in, whatever they type. */
class LocalPasswordsTest {

    private static SingleSignOnProperties sso(boolean localPasswords) {
        return new SingleSignOnProperties("https://idp.example/realms/kommune", "sammen", "secret", null, null, null, null, localPasswords);
    }

    @Test
    void switched_off_local_passwords_refuse_every_password_sign_in() {
        var provider = new SecurityConfig().authenticationProvider(null, null, null, sso(false));
        assertThat(provider.supports(UsernamePasswordAuthenticationToken.class)).isTrue();
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "sammen-demo-2026")))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void the_claims_default_to_the_usual_names() {
        var properties = sso(true);
        assertThat(properties.enabled()).isTrue();
        assertThat(properties.usernameClaim()).isEqualTo("preferred_username");
        assertThat(properties.emailClaim()).isEqualTo("email");
        assertThat(properties.nameClaim()).isEqualTo("name");
        assertThat(properties.departmentClaim()).isEmpty();
        assertThat(new SingleSignOnProperties(" ", null, null, null, null, null, null, true).enabled()).isFalse();
    }
}
