package dk.sammen.disagreement;

import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A disagreement on a section (or one table row): what it is, which parties are involved, each
 * party's position, where it stands on the decision mandate's ladder, and its deadline there.
 */
public record Flag(long id, ScopingId scoping, String scopingTitle, String section, @Nullable Long rowId, String title,
                   String description, List<PartyId> parties, FlagState state, int level, @Nullable LocalDate deadline,
                   String decidesAtLevel, List<PartyId> escalatedBy, String neutralSummary, List<Position> positions,
                   String raisedBy, Instant raisedAt, long version) {

    public Flag {
        parties = List.copyOf(parties);
        escalatedBy = List.copyOf(escalatedBy);
        positions = List.copyOf(positions);
    }

    public boolean overdue(LocalDate today) {
        return state.active() && deadline != null && today.isAfter(deadline);
    }

    public record Position(PartyId party, String partyName, String text, String writtenBy, Instant writtenAt, long version) {
    }
}
