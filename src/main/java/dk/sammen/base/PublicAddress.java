package dk.sammen.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people use to reach Sammen ({@code sammen.base-url}): links in mails and calendar
 * files start with it.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${sammen.base-url}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The full address of a path inside Sammen, e.g. {@code scoping/7?at=review-panel}, made by {@code ScopingPlace}. */
    public String of(String path) {
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The host name alone (for identifiers such as calendar UIDs); "sammen" if it has none. */
    public String host() {
        String host = base.replaceAll("^[a-zA-Z]+://", "").replaceAll("[:/].*$", "");
        return host.isEmpty() ? "sammen" : host;
    }
}
