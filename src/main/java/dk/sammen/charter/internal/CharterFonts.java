package dk.sammen.charter.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The DejaVu fonts shipped with Sammen (see {@code fonts/LICENSE.txt}); each charter embeds the
 * subsets it uses. DejaVu draws Latin, Greek, Cyrillic, Hebrew and Arabic, which the standard PDF
 * fonts cannot (they turned names in other scripts into "?").
 *
 * <p>Parsing the three fonts took about a fifth of a charter's rendering, so parsed sets are kept
 * and lent out, one document at a time: a parsed font reads its file through one shared position
 * and must not serve two documents at once.
 */
@Component
public class CharterFonts {

    private final byte[] regular = read("DejaVuSans.ttf");
    private final byte[] bold = read("DejaVuSans-Bold.ttf");
    private final byte[] mono = read("DejaVuSansMono.ttf");
    private final Queue<Parsed> idle = new ConcurrentLinkedQueue<>();

    /** The three faces as embedded in one document. */
    record Faces(PDType0Font regular, PDType0Font bold, PDType0Font mono) {
    }

    private record Parsed(TrueTypeFont regular, TrueTypeFont bold, TrueTypeFont mono) {
    }

    /** Parsed fonts for one document; give them back (close) only after the document is saved, which subsets them. */
    final class Lease implements AutoCloseable {
        private final Parsed parsed;

        private Lease(Parsed parsed) {
            this.parsed = parsed;
        }

        Faces embedIn(PDDocument document) {
            try {
                return new Faces(PDType0Font.load(document, parsed.regular(), true), PDType0Font.load(document, parsed.bold(), true),
                        PDType0Font.load(document, parsed.mono(), true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            idle.offer(parsed);
        }
    }

    Lease lease() {
        Parsed parsed = idle.poll();
        return new Lease(parsed != null ? parsed : new Parsed(parse(regular), parse(bold), parse(mono)));
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = CharterFonts.class.getResourceAsStream("/dk/sammen/charter/fonts/" + name)) {
            if (in == null) throw new IllegalStateException("Font missing from the application: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
