package dk.sammen.session;

import dk.sammen.scoping.PartyId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "Er vi enige?" about one section. Until it is revealed, everyone sees only which parties have
 * answered, never what (so the first answer does not anchor the rest); then all answers together.
 */
public record AgreementCheck(long id, String section, String askedBy, Instant askedAt, Set<PartyId> answeredParties,
                             int partyCount, boolean revealed, List<Answer> answers, @Nullable Long flagId) {

    public AgreementCheck {
        answeredParties = Set.copyOf(answeredParties);
        answers = List.copyOf(answers);
    }

    /** One person's answer, for their party, with an optional one-line reason. */
    public record Answer(long userId, String name, PartyId party, String partyName, Agreement answer, String reason) {
    }

    public boolean anyDisagree() {
        return answers.stream().anyMatch(a -> a.answer() == Agreement.DISAGREE);
    }
}
