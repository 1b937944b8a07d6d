package dk.sammen.base;

import java.text.Normalizer;
import java.util.Locale;

/** File names made from titles users typed: plain ASCII letters, digits and hyphens, so every system saves them. */
public final class FileNames {

    private FileNames() {
    }

    /** "Trygge skoleveje – år 2" becomes "trygge-skoleveje-aar-2"; empty input gives {@code fallback}. At most 60 characters. */
    public static String slug(String title, String fallback) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa");
        String clean = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
        return clean.isEmpty() ? fallback : clean.substring(0, Math.min(clean.length(), 60));
    }
}
