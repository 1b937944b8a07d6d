package dk.sammen.live;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One open view of a scoping: who, for which party and in which roles (role names, translated by
 * whoever shows them), their colour, and the section they are working in, if any. Never stored
 * for good: kept in memory, and with several servers also in a table that forgets it within
 * seconds of its server going away.
 */
public record Presence(String viewKey, long userId, String name, String initials, String party, List<String> roles,
                       int colour, @Nullable String section) {

    /** The order everyone sees the present people in, on every server. */
    public static final Comparator<Presence> SHOWN_ORDER = Comparator.comparing(Presence::name).thenComparing(Presence::viewKey);

    public Presence {
        roles = List.copyOf(roles);
    }

    public Presence inSection(@Nullable String section) {
        return new Presence(viewKey, userId, name, initials, party, roles, colour, section);
    }
}
