package dk.sammen.charter;

import dk.sammen.charter.internal.PlainDocumentRenderer;
import org.springframework.stereotype.Service;

/**
 * Lays out a {@link PlainDocument} the way the charter is laid out: as a tagged, archival PDF
 * (PDF/A-3a, PDF/UA-1, fonts embedded; not signed) and as Markdown.
 */
@Service
public class PlainDocuments {

    private final PlainDocumentRenderer renderer;

    PlainDocuments(PlainDocumentRenderer renderer) {
        this.renderer = renderer;
    }

    public byte[] pdf(PlainDocument document) {
        return renderer.pdf(document);
    }

    public String markdown(PlainDocument document) {
        return renderer.markdown(document);
    }
}
