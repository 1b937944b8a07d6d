package dk.sammen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sammen.SammenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Sign-in through the real authentication provider and the accounts in the database. */
@SammenTest
class SignInTest {

    @Autowired AuthenticationProvider signIn;

    @Test
    void the_right_password_signs_in_with_the_user_role() {
        var result = signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("jens", "sammen-demo-2026"));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities()).extracting(Object::toString).contains("ROLE_USER").doesNotContain("ROLE_ADMIN");
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "sammen-demo-2026"))
                .getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");
    }

    @Test
    void repeated_failures_are_slowed_down_even_for_the_right_password() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("sofie", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("sofie", "sammen-demo-2026")))
                .isInstanceOfSatisfying(LoginThrottledException.class, e -> assertThat(e.waitTime().toSeconds()).isBetween(1L, 5L));
        // Another user is not affected.
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("mette", "sammen-demo-2026"))
                .isAuthenticated()).isTrue();
    }
}
