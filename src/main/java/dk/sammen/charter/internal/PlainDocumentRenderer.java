package dk.sammen.charter.internal;

import dk.sammen.charter.PlainDocument;
import dk.sammen.charter.internal.TaggedLayout.Face;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/** Lays out a plain document with the charter's tagged layout and archival settings, and as Markdown. */
@Component
public class PlainDocumentRenderer {

    private final CharterFonts fonts;

    PlainDocumentRenderer(CharterFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] pdf(PlainDocument d) {
        try (CharterFonts.Lease lease = fonts.lease(); PDDocument document = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TaggedLayout page = new TaggedLayout(document, lease.embedIn(document));
            page.heading(1, d.title(), 22);
            page.paragraph(d.subject(), Face.REGULAR, 11);
            page.space(8);
            for (PlainDocument.Block block : d.blocks()) {
                switch (block) {
                    case PlainDocument.Heading h -> page.heading(h.level(), h.text(), h.level() == 2 ? 15 : 11);
                    case PlainDocument.Text t -> page.paragraph(t.text(), Face.REGULAR, 10);
                    case PlainDocument.Pair p -> page.pair(p.label(), p.value());
                    case PlainDocument.Items i -> page.list(i.items().stream().map(item -> new String[] {"•", item}).toList(), false);
                }
            }
            page.finish(d.title() + " · %d/%d", null);
            ArchivalPdf.describe(document, d.title(), d.subject(), d.locale());
            document.setVersion(1.7f); // PDF/A-3 is based on PDF 1.7
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String markdown(PlainDocument d) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownCharterRenderer.esc(d.title())).append("\n\n");
        md.append('*').append(MarkdownCharterRenderer.esc(d.subject())).append("*\n\n");
        for (PlainDocument.Block block : d.blocks()) {
            switch (block) {
                case PlainDocument.Heading h -> md.append("#".repeat(h.level())).append(' ').append(MarkdownCharterRenderer.esc(h.text())).append("\n\n");
                case PlainDocument.Text t -> md.append(MarkdownCharterRenderer.esc(t.text())).append("\n\n");
                case PlainDocument.Pair p -> md.append("**").append(MarkdownCharterRenderer.esc(p.label())).append("**: ")
                        .append(p.value().isEmpty() ? "—" : MarkdownCharterRenderer.esc(p.value())).append("\n\n");
                case PlainDocument.Items i -> {
                    i.items().forEach(item -> md.append("- ").append(MarkdownCharterRenderer.esc(item)).append('\n'));
                    md.append('\n');
                }
            }
        }
        return md.toString();
    }
}
