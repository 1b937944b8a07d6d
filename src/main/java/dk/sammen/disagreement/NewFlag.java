package dk.sammen.disagreement;

import dk.sammen.scoping.PartyId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What someone states when flagging a disagreement. */
public record NewFlag(String section, @Nullable Long rowId, String title, String description, Set<PartyId> parties) {

    public NewFlag {
        parties = Set.copyOf(parties);
    }
}
