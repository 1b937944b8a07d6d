package dk.sammen.canvas;

import java.time.Instant;
import java.util.Map;

/** A table row as stored. Cells are keyed by column; empty cells are absent. */
public record StoredRow(long id, TableRef table, int position, Map<String, String> cells, long version, String changedBy,
                        Instant changedAt) {

    public StoredRow {
        cells = Map.copyOf(cells);
    }

    public String cell(String column) {
        return cells.getOrDefault(column, "");
    }
}
