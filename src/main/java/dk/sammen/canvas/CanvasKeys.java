package dk.sammen.canvas;

import dk.sammen.base.MessageKey;

/**
 * The message keys of the canvas template's texts, made here and nowhere else: a section's title
 * and help, a field's or table's label and help, a table column's label. Every key these make for
 * the default template has a Danish and an English text ({@code TranslationsTest}).
 */
public final class CanvasKeys {

    private static final String PREFIX = "canvas.";

    private CanvasKeys() {
    }

    public static MessageKey sectionTitle(String section) {
        return new MessageKey(PREFIX + section + ".title");
    }

    /** A section's help text; optional (a section without one shows none). */
    public static MessageKey sectionHelp(String section) {
        return new MessageKey(PREFIX + section + ".help");
    }

    /** The label of a field or a table of a section. */
    public static MessageKey field(String section, String field) {
        return new MessageKey(PREFIX + section + "." + field);
    }

    /** A field's help text; optional. */
    public static MessageKey fieldHelp(String section, String field) {
        return new MessageKey(field(section, field).key() + ".help");
    }

    public static MessageKey column(String section, String table, String column) {
        return new MessageKey(field(section, table).key() + "." + column);
    }

    public static MessageKey field(FieldRef ref) {
        return field(ref.section(), ref.field());
    }

    public static MessageKey table(TableRef ref) {
        return field(ref.section(), ref.table());
    }
}
