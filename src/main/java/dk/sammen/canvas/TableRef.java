package dk.sammen.canvas;

/** A table of the canvas. */
public record TableRef(String section, String table) {

    public String key() {
        return section + "/" + table;
    }
}
