package dk.sammen.security;

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
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.USER)));
        SecurityContextHolder.setContext(context);
        try {
            return steps.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String username, Runnable steps) {
        call(username, () -> {
            steps.run();
            return null;
        });
    }
}
