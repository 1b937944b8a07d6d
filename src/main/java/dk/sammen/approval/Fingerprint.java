package dk.sammen.approval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over the canonical form of a version's content (not over any PDF), as lower-case hex. */
public record Fingerprint(String hex) {

    public static Fingerprint of(String canonicalJson) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalJson.getBytes(StandardCharsets.UTF_8));
            return new Fingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** In groups of four, as people read it aloud and compare it: "3f2a 91c0 …". */
    public String grouped() {
        return hex.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The first 16 characters, for page footers. */
    public String shortForm() {
        return hex.substring(0, 16);
    }

    /** Reads a fingerprint typed or pasted by a person: spaces and case do not matter. */
    public static java.util.Optional<Fingerprint> parse(String text) {
        String clean = text.replaceAll("\\s", "").toLowerCase(java.util.Locale.ROOT);
        return clean.matches("[0-9a-f]{64}") ? java.util.Optional.of(new Fingerprint(clean)) : java.util.Optional.empty();
    }
}
