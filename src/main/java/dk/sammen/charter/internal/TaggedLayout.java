package dk.sammen.charter.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.jspecify.annotations.Nullable;

/**
 * A flowing layout on A4 pages that tags everything it draws, for PDF/UA: headings, paragraphs,
 * lists and tables become structure elements in reading order, every line of text is marked
 * content owned by its element, and what only decorates (table rules, repeated header rows, page
 * footers) is an artifact a screen reader skips. Headings of level 1 and 2 become bookmarks. The
 * only class that knows how PDFBox draws and tags.
 */
final class TaggedLayout {

    enum Face { REGULAR, BOLD, MONO }

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 20;
    private static final Color BAR = new Color(0x1a, 0x5f, 0xb4);

    private final PDDocument document;
    private final CharterFonts.Faces faces;
    private final PDStructureTreeRoot tree = new PDStructureTreeRoot();
    private final PDStructureElement root;
    /** Per page (its StructParents key), the element owning each marked-content id. */
    private final List<List<PDStructureElement>> contentOwners = new ArrayList<>();
    /** Struct-parent keys of annotations (after the pages' keys) and the element each belongs to. */
    private final Map<Integer, PDStructureElement> annotationOwners = new HashMap<>();
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private PDPage page;
    private PDPageContentStream stream;
    private float y;
    /** Drawn at the top of each new page while a table runs over pages: its header row again. */
    private @Nullable Runnable atNewPage;
    private final Map<Face, Map<String, Float>> widths = new EnumMap<>(Face.class);
    // Attribute objects may be shared; one each keeps the file from holding hundreds of equal dictionaries.
    private final PDTableAttributeObject columnHeader = scope(PDTableAttributeObject.SCOPE_COLUMN);
    private final PDTableAttributeObject rowHeader = scope(PDTableAttributeObject.SCOPE_ROW);
    private final PDListAttributeObject decimalList = numbering(PDListAttributeObject.LIST_NUMBERING_DECIMAL);
    private final PDListAttributeObject bulletList = numbering(PDListAttributeObject.LIST_NUMBERING_DISC);

    TaggedLayout(PDDocument document, CharterFonts.Faces faces) {
        this.document = document;
        this.faces = faces;
        document.getDocumentCatalog().setStructureTreeRoot(tree);
        root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
        tree.appendKid(root);
        newPage();
    }

    void newPage() {
        try {
            if (stream != null) stream.close();
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            page.setStructParents(contentOwners.size());
            contentOwners.add(new ArrayList<>());
            stream = new PDPageContentStream(document, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (atNewPage != null) atNewPage.run();
    }

    void space(float points) {
        y -= points;
    }

    private void ensure(float height) {
        if (y - height < BOTTOM) newPage();
    }

    /** A heading; levels 1 and 2 are also bookmarks. */
    void heading(int level, String text, float size) {
        ensure(size * 3);
        space(size * 0.8f);
        PDStructureElement heading = element("H" + level, root);
        if (level <= 2) bookmark(text);
        lines(heading, text, Face.BOLD, size, MARGIN, WIDTH);
        space(4);
    }

    void paragraph(String text, Face face, float size) {
        lines(element(StandardStructureTypes.P, root), text, face, size, MARGIN, WIDTH);
    }

    /** A label and its value, read as one paragraph. */
    void pair(String label, String value) {
        PDStructureElement paragraph = element(StandardStructureTypes.P, root);
        lines(paragraph, label, Face.BOLD, 10, MARGIN, WIDTH);
        lines(paragraph, value.isEmpty() ? "—" : value, Face.REGULAR, 10, MARGIN, WIDTH);
        space(4);
    }

    /** A list; each item is a label ("1.", "•") and its body. */
    void list(List<String[]> items, boolean numbered) {
        PDStructureElement list = element(StandardStructureTypes.L, root);
        list.addAttribute(numbered ? decimalList : bulletList);
        for (String[] item : items) {
            ensure(14);
            PDStructureElement entry = element(StandardStructureTypes.LI, list);
            float top = y;
            lines(element(StandardStructureTypes.LBL, entry), item[0], Face.REGULAR, 10, MARGIN, 18);
            y = top;
            lines(element(StandardStructureTypes.L_BODY, entry), item[1], Face.REGULAR, 10, MARGIN + 18, WIDTH - 18);
        }
        space(4);
    }

    /**
     * A table with a header row (column headers); with {@code rowHeaders} the first cell of each
     * row heads that row, as for "party: answer" tables.
     */
    void table(String[] headers, List<String[]> rows, boolean rowHeaders) {
        float column = WIDTH / headers.length;
        PDStructureElement table = element(StandardStructureTypes.TABLE, root);
        row(table, headers, column, headers.length);
        atNewPage = () -> row(null, headers, column, headers.length);
        try {
            for (String[] cells : rows) row(table, cells, column, rowHeaders ? 1 : 0);
        } finally {
            atNewPage = null;
        }
        space(6);
    }

    /**
     * One row; the first {@code headerCells} cells are headers (all of them in a header row). A row
     * without a table is the header row repeated on a new page: drawn, but an artifact.
     */
    private void row(@Nullable PDStructureElement table, String[] cells, float column, int headerCells) {
        float size = 9;
        boolean headerRow = headerCells == cells.length;
        List<List<String>> wrapped = new ArrayList<>();
        int lineCount = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> w = wrap(cells[i] == null ? "" : cells[i], i < headerCells ? Face.BOLD : Face.REGULAR, size, column - 6);
            wrapped.add(w);
            lineCount = Math.max(lineCount, w.size());
        }
        float height = lineCount * size * 1.3f + 6;
        ensure(height);
        float top = y;
        artifact(() -> {
            stream.setStrokingColor(Color.GRAY);
            for (int i = 0; i < cells.length; i++) stream.addRect(MARGIN + i * column, top - height, column, height);
            stream.stroke();
        });
        PDStructureElement row = table == null ? null : element(StandardStructureTypes.TR, table);
        for (int i = 0; i < wrapped.size(); i++) {
            boolean header = i < headerCells;
            Face face = header ? Face.BOLD : Face.REGULAR;
            PDStructureElement cell = row == null ? null : element(header ? StandardStructureTypes.TH : StandardStructureTypes.TD, row);
            if (cell != null && header) cell.addAttribute(headerRow ? columnHeader : rowHeader);
            float lineY = top - 3 - size;
            for (String line : wrapped.get(i)) {
                if (line.isEmpty()) continue;
                float x = MARGIN + i * column + 3;
                float at = lineY;
                if (cell == null) artifact(() -> text(line, face, size, x, at));
                else tagged(cell, () -> text(line, face, size, x, at));
                lineY -= size * 1.3f;
            }
        }
        y = top - height;
    }

    /**
     * Horizontal bars with their labels, kept on one page, as one figure whose alternative text
     * says what the bars show.
     */
    void bars(List<String> labels, List<Float> percents, String alternativeText) {
        float height = labels.size() * 28f;
        ensure(height);
        PDStructureElement figure = element(StandardStructureTypes.Figure, root);
        figure.setAlternateDescription(alternativeText);
        tagged(figure, () -> {
            for (int i = 0; i < labels.size(); i++) {
                text(labels.get(i), Face.REGULAR, 10, MARGIN, y - 10);
                y -= 14;
                stream.setNonStrokingColor(BAR);
                stream.addRect(MARGIN, y - 8, Math.max(WIDTH * Math.min(100f, percents.get(i)) / 100f, 1), 8);
                stream.fill();
                stream.setNonStrokingColor(Color.BLACK);
                y -= 14;
            }
        });
    }

    /**
     * Ends the document: page footers (artifacts), an empty signature field whose widget is tagged
     * (PDF/UA wants every annotation in the structure, PDF/A a printable one), the parent tree,
     * bookmarks. The pattern has two %d: page and pages.
     */
    /** Footers on every page, the bookmarks, and (unless null) an empty signature field on the last page. */
    void finish(String footerPattern, @Nullable String signatureDescription) {
        try {
            stream.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage p = document.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(document, p, PDPageContentStream.AppendMode.APPEND, true)) {
                    stream = footer;
                    String text = String.format(footerPattern, i + 1, pages);
                    artifact(() -> text(text, Face.REGULAR, 8, MARGIN, MARGIN / 2));
                }
                // Tab order follows the structure (PDF/UA, for the signature's widget).
                p.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            }
            if (signatureDescription != null) signatureField(document.getPage(pages - 1), signatureDescription);
            parentTree();
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setDocumentOutline(outline);
            catalog.setPageMode(PageMode.USE_OUTLINES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The field the signer fills: invisible (zero size), printable, named for assistive technology. */
    private void signatureField(PDPage last, String description) throws IOException {
        PDAcroForm form = new PDAcroForm(document);
        document.getDocumentCatalog().setAcroForm(form);
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName("Signatur");
        field.setAlternateFieldName(description);
        form.setFields(List.of(field));
        PDAnnotationWidget widget = field.getWidgets().getFirst();
        widget.setRectangle(new PDRectangle());
        widget.setPrinted(true);
        widget.setPage(last);
        List<PDAnnotation> annotations = new ArrayList<>(last.getAnnotations());
        annotations.add(widget);
        last.setAnnotations(annotations);
        PDStructureElement formElement = element(StandardStructureTypes.FORM, root);
        formElement.setAlternateDescription(description);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(widget);
        reference.setPage(last);
        formElement.appendKid(reference);
        int key = contentOwners.size() + annotationOwners.size();
        widget.setStructParent(key);
        annotationOwners.put(key, formElement);
    }

    private void parentTree() {
        Map<Integer, COSObjectable> numbers = new HashMap<>();
        for (int key = 0; key < contentOwners.size(); key++) {
            COSArray owners = new COSArray();
            contentOwners.get(key).forEach(owners::add);
            numbers.put(key, new PDParentTreeValue(owners));
        }
        annotationOwners.forEach((key, element) -> numbers.put(key, new PDParentTreeValue(element.getCOSObject())));
        PDNumberTreeNode parents = new PDNumberTreeNode(PDParentTreeValue.class);
        parents.setNumbers(numbers);
        tree.setParentTree(parents);
        tree.setParentTreeNextKey(numbers.size());
    }

    private void bookmark(String title) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop((int) y);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        outline.addLast(item);
    }

    private static PDTableAttributeObject scope(String scope) {
        PDTableAttributeObject attribute = new PDTableAttributeObject();
        attribute.setScope(scope);
        return attribute;
    }

    private static PDListAttributeObject numbering(String numbering) {
        PDListAttributeObject attribute = new PDListAttributeObject();
        attribute.setListNumbering(numbering);
        return attribute;
    }

    private static PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Wrapped lines of text, each owned by the element. */
    private void lines(PDStructureElement owner, String text, Face face, float size, float x, float width) {
        for (String line : wrap(text, face, size, width)) {
            ensure(size * 1.4f);
            float at = y - size;
            if (!line.isEmpty()) tagged(owner, () -> text(line, face, size, x, at));
            y -= size * 1.4f;
        }
    }

    /** One line; where the drawn glyphs differ from the typed text, the typed text is its ActualText. */
    private void text(String logical, Face face, float size, float x, float atY) throws IOException {
        PDType0Font font = face(face);
        String visual = VisualText.of(logical, font);
        boolean replaced = !visual.equals(logical);
        if (replaced) {
            COSDictionary actual = new COSDictionary();
            actual.setString(COSName.ACTUAL_TEXT, logical);
            stream.beginMarkedContent(COSName.getPDFName(StandardStructureTypes.SPAN), PDPropertyList.create(actual));
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, atY);
        stream.showText(visual);
        stream.endText();
        if (replaced) stream.endMarkedContent();
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    /** Content owned by a structure element: a marked-content sequence with the next id of this page. */
    private void tagged(PDStructureElement owner, Drawing drawing) {
        List<PDStructureElement> owners = contentOwners.get(page.getStructParents());
        int id = owners.size();
        owners.add(owner);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, id);
        try {
            stream.beginMarkedContent(COSName.getPDFName(owner.getStructureType()), PDPropertyList.create(properties));
            drawing.draw();
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // An element's own page holds plain ids; content it has on another page needs a reference naming the page.
        if (owner.getPage() == null) owner.setPage(page);
        if (owner.getPage().getCOSObject() == page.getCOSObject()) {
            owner.appendKid(PDMarkedContent.create(COSName.getPDFName(owner.getStructureType()), properties));
        } else {
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setMCID(id);
            reference.setPage(page);
            owner.appendKid(reference);
        }
    }

    private void artifact(Drawing drawing) {
        try {
            stream.beginMarkedContent(COSName.ARTIFACT);
            drawing.draw();
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font face(Face face) {
        return switch (face) {
            case REGULAR -> faces.regular();
            case BOLD -> faces.bold();
            case MONO -> faces.mono();
        };
    }

    /**
     * Lines no wider than the width, measured as drawn; a word longer than a line is broken where it
     * must be. Word widths add up (PDFBox does not kern, and Arabic letters join only within a word),
     * so each word is measured once.
     */
    private List<String> wrap(String text, Face font, float size, float width) {
        List<String> lines = new ArrayList<>();
        float space = widthOf(" ", font, size);
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (String word : paragraph.split(" ")) {
                float wordWidth = widthOf(word, font, size);
                if (!line.isEmpty() && used + space + wordWidth <= width) {
                    line.append(' ').append(word);
                    used += space + wordWidth;
                    continue;
                }
                if (!line.isEmpty()) lines.add(line.toString());
                line.setLength(0);
                used = 0;
                int start = 0;
                if (wordWidth > width) {
                    for (int i = 0; i < word.length(); ) {
                        int next = i + Character.charCount(word.codePointAt(i));
                        float character = widthOf(word.substring(i, next), font, size);
                        if (used + character > width && i > start) {
                            lines.add(word.substring(start, i));
                            start = i;
                            used = 0;
                        }
                        used += character;
                        i = next;
                    }
                } else {
                    used = wordWidth;
                }
                line.append(word, start, word.length());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Width at the size; words recur (labels, names, table headers), so each font remembers its words' widths. */
    private float widthOf(String text, Face face, float size) {
        PDType0Font font = face(face);
        Map<String, Float> known = widths.computeIfAbsent(face, f -> new HashMap<>());
        Float units = known.get(text);
        if (units == null) {
            try {
                units = font.getStringWidth(VisualText.of(text, font));
            } catch (IOException | IllegalArgumentException e) {
                units = text.length() * 600f;
            }
            known.put(text, units);
        }
        return units / 1000 * size;
    }
}
