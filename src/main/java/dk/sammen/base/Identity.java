package dk.sammen.base;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place where a thread takes on someone's identity for a while and then gets back its own.
 *
 * <p>What the thread "had" is read before anything runs, on the thread itself. Reading it later,
 * inside {@code ui.access}, would give the open page's session identity (Vaadin's security context
 * strategy prefers it), and putting that back would leave the thread running as the viewer.
 */
public final class Identity {

    private Identity() {
    }

    /** Whoever the current thread acts as now; to hand to {@link #with} later, from any thread. */
    public static SecurityContext current() {
        return SecurityContextHolder.getContext();
    }

    public static <T> T with(SecurityContext identity, Supplier<T> steps) {
        SecurityContext own = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(identity);
        try {
            return steps.get();
        } finally {
            SecurityContextHolder.setContext(own);
        }
    }

    public static void with(SecurityContext identity, Runnable steps) {
        with(identity, () -> {
            steps.run();
            return null;
        });
    }
}
