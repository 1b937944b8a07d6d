package dk.sammen.security;

import java.time.Duration;

/** The two links that let a person choose a password, and how long each is valid. Each works once. */
public enum PasswordLink {
    INVITATION(Duration.ofHours(72), "invitation"),
    RESET(Duration.ofHours(1), "reset");

    private final Duration validFor;
    private final String path;

    PasswordLink(Duration validFor, String path) {
        this.validFor = validFor;
        this.path = path;
    }

    public Duration validFor() {
        return validFor;
    }

    /** The page's address, without the token: {@code password/invitation} or {@code password/reset}. */
    public String path() {
        return "password/" + path;
    }

    public static PasswordLink fromPath(String path) {
        for (PasswordLink link : values()) {
            if (link.path.equals(path)) return link;
        }
        throw new IllegalArgumentException(path);
    }

    /** What a link turned out to be when someone opened it. */
    public sealed interface Status {
        record Valid(String displayName, String username) implements Status { }
        record Expired() implements Status { }
        record Used() implements Status { }
        record Unknown() implements Status { }
    }
}
