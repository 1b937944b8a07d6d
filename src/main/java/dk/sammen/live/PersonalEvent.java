package dk.sammen.live;

import java.util.Set;

/**
 * Something that concerns certain people wherever they are in Sammen (for example a new notice
 * for them), not one scoping. Published like a {@link ScopingEvent}: inside the write transaction,
 * delivered only after commit.
 */
public interface PersonalEvent {

    /** The account ids of the people it concerns. */
    Set<Long> userIds();
}
