package dk.sammen.disagreement;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.MessageKey;
import dk.sammen.base.Problem;

/** The legal moves between flag states; anything else is refused with a clear message. */
public final class FlagTransitions {

    private FlagTransitions() {
    }

    /** The next level after escalating from {@code level} on a ladder with {@code ladderLevels} steps. */
    public static int escalate(FlagState state, int level, int ladderLevels) {
        requireActive(state, "escalate");
        if (level >= ladderLevels) {
            throw new InvalidInputException(Problem.of("level", "validation.flag.lastLevel", ladderLevels));
        }
        return level + 1;
    }

    public static FlagState resolve(FlagState state, String decision, String decidedBy, int level) {
        requireActive(state, "resolve");
        return new FlagState.Resolved(decision, decidedBy, level);
    }

    public static FlagState accept(FlagState state) {
        requireActive(state, "accept");
        return new FlagState.Accepted();
    }

    public static FlagState reopen(FlagState state) {
        return switch (state) {
            case FlagState.Resolved r -> new FlagState.Open();
            default -> throw illegal("reopen", state);
        };
    }

    private static void requireActive(FlagState state, String action) {
        if (!state.active()) throw illegal(action, state);
    }

    private static InvalidInputException illegal(String action, FlagState state) {
        return new InvalidInputException(Problem.of("state", "validation.flag.illegal", new MessageKey("flag.action." + action),
                new MessageKey("flag.state." + state.key())));
    }
}
