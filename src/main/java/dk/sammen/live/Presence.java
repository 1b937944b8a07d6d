package dk.sammen.live;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One open view of a scoping: who, for which party and in which roles (role names, translated by
 * whoever shows them), their colour, and the section they are working in, if any. In memory only.
 */
public record Presence(String viewKey, long userId, String name, String initials, String party, List<String> roles,
                       int colour, @Nullable String section) {

    public Presence {
        roles = List.copyOf(roles);
    }

    public Presence inSection(@Nullable String section) {
        return new Presence(viewKey, userId, name, initials, party, roles, colour, section);
    }
}
