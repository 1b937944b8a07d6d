package dk.sammen.canvas;

/** A table of the canvas. */
public record TableRef(String section, String table) {

    /** A stored key read back ({@link #key()} the other way): "section/table". */
    public static TableRef parse(String key) {
        String[] parts = key.split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) throw new IllegalArgumentException("Not a table key: " + key);
        return new TableRef(parts[0], parts[1]);
    }

    public String key() {
        return section + "/" + table;
    }
}
