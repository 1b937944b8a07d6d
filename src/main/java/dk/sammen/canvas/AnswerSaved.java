package dk.sammen.canvas;

import org.jspecify.annotations.Nullable;

/**
 * What saving a typed answer did: the answer as stored and, when someone else had saved the same
 * text meanwhile from the same version and the two changes were merged, with whom.
 */
public record AnswerSaved(StoredValue stored, @Nullable Merge merged) {

    /** Merged with {@code otherName}'s answer; who added what, for the note both of them see. */
    public record Merge(String otherName, String theyAdded, String youAdded) {
    }
}
