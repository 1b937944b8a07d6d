package dk.sammen.base;

import java.util.List;

/**
 * One reason an input was refused: which field, and a message key with its arguments. Services
 * speak in keys so the view can show the message in the user's language, at the field.
 */
public record Problem(String field, String messageKey, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }
}
