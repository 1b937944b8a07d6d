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
}
