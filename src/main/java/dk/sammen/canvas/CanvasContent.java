package dk.sammen.canvas;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything written on a scoping's canvas. */
public record CanvasContent(Map<String, StoredValue> values, Map<String, List<StoredRow>> rows) {

    public CanvasContent {
        values = Map.copyOf(values);
        rows = Map.copyOf(rows);
    }

    public Optional<StoredValue> value(FieldRef ref) {
        return Optional.ofNullable(values.get(ref.key()));
    }

    public String text(FieldRef ref) {
        return value(ref).map(StoredValue::value).orElse("");
    }

    /** Rows of a table in their agreed order. */
    public List<StoredRow> rows(TableRef table) {
        return rows.getOrDefault(table.key(), List.of());
    }
}
