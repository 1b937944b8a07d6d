package dk.sammen.scoping;

public record ScopingId(long value) {

    /** Parses an id from a URL; anything malformed is simply no id. */
    public static java.util.Optional<ScopingId> parse(String text) {
        try {
            long v = Long.parseLong(text);
            return v > 0 ? java.util.Optional.of(new ScopingId(v)) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
