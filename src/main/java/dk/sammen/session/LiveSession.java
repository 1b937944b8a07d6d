package dk.sammen.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A live session as every member may see it: the agenda and where the meeting is, who drives and
 * who has joined, and the agreement checks (with each answer only once the check is revealed).
 * Sent whole to every open page when it changes, so a follower's page moves without reading.
 */
public record LiveSession(long id, long revision, long scopingId, SessionState state, List<AgendaItem> agenda, int current,
                          Instant itemStartedAt, Person facilitator, @Nullable Person coFacilitator, Instant startedAt,
                          @Nullable Instant endedAt, List<Person> participants, List<AgreementCheck> checks) {

    public LiveSession {
        agenda = List.copyOf(agenda);
        participants = List.copyOf(participants);
        checks = List.copyOf(checks);
    }

    /** A person by account id and name, with their party's name ("" for none). */
    public record Person(long userId, String name, String party) {
    }

    public AgendaItem currentItem() {
        return agenda.get(current);
    }

    /** When the current section's time box runs out. */
    public Instant timeBoxEnds() {
        return itemStartedAt.plusSeconds(currentItem().minutes() * 60L);
    }

    public boolean drivenBy(long userId) {
        return facilitator.userId() == userId || (coFacilitator != null && coFacilitator.userId() == userId);
    }

    public boolean joined(long userId) {
        return participants.stream().anyMatch(p -> p.userId() == userId);
    }

    /** The check still waiting for answers, if any (one at a time). */
    public Optional<AgreementCheck> openCheck() {
        return checks.stream().filter(c -> !c.revealed()).findFirst();
    }
}
