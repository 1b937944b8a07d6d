package dk.sammen.base;

import org.jspecify.annotations.Nullable;

/** Shared rules for free text typed by users. */
public final class TextRules {

    private TextRules() {
    }

    /** Trims, and turns blank into empty. */
    public static String clean(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * Control characters other than line breaks and tabs have no place in a charter and break
     * exports; they are refused rather than silently dropped.
     */
    public static boolean hasControlCharacters(String value) {
        return value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /** Checks length and characters of one text, adding problems under the given field name. */
    public static void check(InvalidInputException.Collector problems, String field, String value,
                             int maxLength, boolean required) {
        if (required && value.isEmpty()) {
            problems.add(field, "validation.required");
        }
        if (value.length() > maxLength) {
            problems.add(field, "validation.tooLong", maxLength);
        }
        if (hasControlCharacters(value)) {
            problems.add(field, "validation.controlCharacters");
        }
    }

    /**
     * For the name of a person or a department: one line (it ends up in mail headers) and no angle
     * brackets (no real name has them; markup has).
     */
    public static void checkName(InvalidInputException.Collector problems, String field, String value, int maxLength, boolean required) {
        checkSingleLine(problems, field, value, maxLength, required);
        if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) problems.add(field, "validation.nameCharacters");
    }

    /** As {@link #check}, and refuses line breaks too: for names and addresses that end up in mail headers. */
    public static void checkSingleLine(InvalidInputException.Collector problems, String field, String value,
                                       int maxLength, boolean required) {
        check(problems, field, value, maxLength, required);
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\u2028') >= 0 || value.indexOf('\u2029') >= 0) {
            problems.add(field, "validation.lineBreak");
        }
    }
}
