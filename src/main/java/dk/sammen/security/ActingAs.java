package dk.sammen.security;

import dk.sammen.base.Identity;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs steps as a given signed-in user outside a request (sample data, tests), so that they go
 * through exactly the same per-scoping access checks as that person in a browser would.
 */
public final class ActingAs {

    private ActingAs() {
    }

    public static <T> T call(String username, Supplier<T> steps) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.USER)));
        return Identity.with(context, steps);
    }

    /** Runs steps as Sammen's own background work ({@link Roles#SYSTEM}), which has no account. */
    public static <T> T system(Supplier<T> steps) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_NAME, null,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.SYSTEM)));
        return Identity.with(context, steps);
    }

    /** Not a possible user name (user names have no spaces), so no account can be mistaken for it. */
    static final String SYSTEM_NAME = "sammen system";

    public static void run(String username, Runnable steps) {
        call(username, () -> {
            steps.run();
            return null;
        });
    }
}
