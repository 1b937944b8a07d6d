package dk.sammen.session;

import dk.sammen.canvas.ChangeEntry;
import dk.sammen.disagreement.Flag;
import java.util.List;
import java.util.Map;

/**
 * What a live session did: who took part (by party), each agenda section with its time box, the
 * time spent and the changes made to it during the session, the agreement checks and their
 * answers, and the disagreement flags raised meanwhile.
 */
public record Minutes(String scopingTitle, LiveSession session, Map<String, List<String>> participantsByParty,
                      List<Covered> sections, List<AgreementCheck> checks, List<Flag> flags) {

    public Minutes {
        participantsByParty = Map.copyOf(participantsByParty);
        sections = List.copyOf(sections);
        checks = List.copyOf(checks);
        flags = List.copyOf(flags);
    }

    /** One agenda item and what changed in its section during the session, oldest first. */
    public record Covered(AgendaItem item, List<ChangeEntry> changes) {
        public Covered {
            changes = List.copyOf(changes);
        }
    }
}
