package dk.sammen.base;

/**
 * A message key given as an argument of another message (a field's label, a state's name), which
 * the view shows translated. Plain strings among a message's arguments are shown as they are: they
 * may be text a user typed (a flag's title that happens to start with "flag." stays as typed).
 */
public record MessageKey(String key) {
}
