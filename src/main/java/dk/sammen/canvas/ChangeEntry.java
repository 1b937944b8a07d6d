package dk.sammen.canvas;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change of the canvas. {@code target} is the stored answer's key (section/field or
 * section/field/party) or the table's key (section/table) for row changes.
 */
public record ChangeEntry(long id, String section, String target, @Nullable Long rowId, Action action, String before,
                          String after, String changedBy, Instant changedAt) {

    public enum Action {
        SET, ADD_ROW, EDIT_ROW, REMOVE_ROW, MOVE_ROW, RESTORE,
        /** A text saved from an older version and merged with the change made meanwhile; {@code before} is that change. */
        MERGE,
        /** Something about a disagreement flag on the section; {@code after} says what. */
        FLAG
    }

    /** The field or table key inside the section, without the party part (a section-wide target is itself). */
    public String fieldKey() {
        return target.contains("/") ? FieldRef.parse(target).field() : target;
    }

    public boolean restorable() {
        return action != Action.MOVE_ROW && action != Action.FLAG;
    }
}
