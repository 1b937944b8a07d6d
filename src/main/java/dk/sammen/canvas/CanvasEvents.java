package dk.sammen.canvas;

import dk.sammen.live.ScopingEvent;
import java.util.List;

/** What the canvas tells open views after a commit. */
public final class CanvasEvents {

    private CanvasEvents() {
    }

    /** An answer was stored. */
    public record AnswerChanged(long scopingId, StoredValue value) implements ScopingEvent {
    }

    /** A table's rows changed (added, edited, removed or moved); carries the rows as they are now. */
    public record TableChanged(long scopingId, TableRef table, List<StoredRow> rows) implements ScopingEvent {
        public TableChanged {
            rows = List.copyOf(rows);
        }
    }

    /** A change was written to the history. */
    public record ChangeRecorded(long scopingId, ChangeEntry change) implements ScopingEvent {
    }

    /** A section's comment thread changed; carries the section's comments as they are now. */
    public record CommentsChanged(long scopingId, String section, List<Comment> comments) implements ScopingEvent {
        public CommentsChanged {
            comments = List.copyOf(comments);
        }
    }

    /**
     * {@code writer} saved a text that {@code other} had changed from the same version, and the two
     * changes were merged; each of the two is told who added what.
     */
    public record AnswersMerged(long scopingId, FieldRef ref, long writerId, String writerName, String writerAdded, long otherId,
                                String otherName, String otherAdded) implements ScopingEvent {
    }

    /**
     * In a conflict, {@code chosenBy} chose an answer that replaced {@code replacedText}, which the
     * person {@code replacedId} had saved; that person is told on their page and may bring it back.
     */
    public record AnswerReplaced(long scopingId, FieldRef ref, long replacedId, String replacedText, String chosenBy)
            implements ScopingEvent {
    }
}
