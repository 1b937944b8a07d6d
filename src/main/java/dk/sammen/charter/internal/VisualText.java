package dk.sammen.charter.internal;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A line of text as it must be drawn: PDFBox places glyphs left to right exactly as given, so
 * Arabic letters are first shaped (ICU picks each letter's joined form) and right-to-left runs put
 * in visual order (ICU's Unicode bidirectional algorithm). A character the font has no glyph for is
 * drawn as U+FFFD, never as the forbidden ".notdef"; the charter keeps the typed text itself as the
 * line's ActualText, so copying and screen readers get what the user wrote.
 */
final class VisualText {

    private static final char REPLACEMENT = '\uFFFD';
    private static final ArabicShaping SHAPING = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_FIXED_SPACES_NEAR);

    private VisualText() {
    }

    /** The drawable form of one line in reading (logical) order; the same string when nothing needed changing. */
    static String of(String logical, PDFont font) {
        String text = logical.replace('\t', ' ');
        if (mayBeRightToLeft(text) && Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            try {
                text = SHAPING.shape(text);
            } catch (ArabicShapingException e) {
                // Unshaped letters are still the right letters; draw them as they are.
            }
            Bidi bidi = new Bidi(text, Bidi.LEVEL_DEFAULT_LTR);
            text = bidi.writeReordered(Bidi.DO_MIRRORING);
        }
        return drawable(text, font);
    }

    /** Right-to-left scripts start at U+0590 (Hebrew); most lines hold nothing from there on. */
    private static boolean mayBeRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= '\u0590') return true;
        return false;
    }

    private static String drawable(String text, PDFont font) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int shown = Character.isISOControl(cp) ? ' ' : has(font, cp) ? cp : REPLACEMENT;
            if (shown != cp && out == null) out = new StringBuilder(text.substring(0, i));
            if (out != null) out.appendCodePoint(shown);
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static boolean has(PDFont font, int codePoint) {
        if (codePoint < 0x250) return true; // Latin and Latin Extended: every DejaVu face draws them
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
