package dk.sammen.canvas;

/** The kinds of answer a canvas field or table column takes. */
public enum FieldType {
    TEXT, TEXTAREA, DATE, NUMBER, MONEY, PERCENT, CHOICE, TABLE,
    /** A table cell naming one of the scoping's parties. */
    PARTY,
    /** A table cell answered yes or no. */
    YESNO;

    public boolean numeric() {
        return this == NUMBER || this == MONEY || this == PERCENT;
    }
}
