package dk.sammen.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password, because of too many recent failures. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("too many failed sign-ins; wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    public Duration waitTime() {
        return wait;
    }
}
