package dk.sammen;

import dk.sammen.security.ActingAs;
import java.util.function.Supplier;

/** Runs a step as a signed-in user, so several people can act in one test. */
public final class TestUsers {

    private TestUsers() {
    }

    public static <T> T as(String username, Supplier<T> step) {
        return ActingAs.call(username, step);
    }

    public static void run(String username, Runnable step) {
        ActingAs.run(username, step);
    }
}
