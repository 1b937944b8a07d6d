package dk.sammen.charter.internal;

import dk.sammen.approval.Approval;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.FieldType;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Lays out the charter as a PDF with Apache PDFBox: title page, one-page summary, every section
 * in order, open issues, sign-off block and audit trail, page numbers and the short fingerprint in
 * every footer. The only class that knows how PDFBox draws.
 */
@Component
public class PdfCharterRenderer {

    public byte[] render(CharterContent c) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Layout page = new Layout(document);
            titlePage(page, c);
            page.newPage();
            summary(page, c);
            page.newPage();
            sections(page, c);
            openIssues(page, c);
            signOff(page, c);
            auditTrail(page, c);
            page.close();
            page.footers(c.t("charter.footer", "%d", "%d", c.round.fingerprint().shortForm()));
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(c.title());
            info.setSubject(c.t("charter.notContract"));
            info.setCreator("Sammen");
            info.setCustomMetadataValue("SammenFingerprint", c.round.fingerprint().hex());
            info.setCustomMetadataValue("SammenVersion", String.valueOf(c.version()));
            Calendar created = Calendar.getInstance();
            created.setTimeInMillis(c.round.closedAt() == null ? c.round.sentAt().toEpochMilli() : c.round.closedAt().toEpochMilli());
            info.setCreationDate(created);
            document.getDocumentCatalog().setLanguage(c.locale.getLanguage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void titlePage(Layout p, CharterContent c) {
        p.space(120);
        p.text(c.t("charter.kind"), Layout.BOLD, 14);
        p.space(8);
        p.paragraph(c.title(), Layout.BOLD, 26);
        p.space(16);
        if (!c.caseNumber().isEmpty()) p.pair(c.t("details.caseNumber"), c.caseNumber());
        p.pair(c.t("details.version"), String.valueOf(c.version()));
        p.pair(c.t("details.stage"), c.t("stage.APPROVED"));
        p.pair(c.t("dashboard.column.parties"), String.join(", ", c.parties().stream().map(CharterContent.PartyLine::department).toList()));
        p.pair(c.t("details.facilitator"), String.join(", ", c.names("facilitators")));
        p.space(16);
        p.text(c.t("details.fingerprint") + " (SHA-256)", Layout.BOLD, 11);
        p.paragraph(c.round.fingerprint().grouped(), Layout.MONO, 9);
        p.space(24);
        p.paragraph(c.t("charter.notContract"), Layout.BOLD, 12);
    }

    private void summary(Layout p, CharterContent c) {
        p.heading(c.t("charter.summary"), 18);
        p.pair(c.label("purpose", "sharedPurpose"), c.answer("purpose", "sharedPurpose"));
        for (CharterContent.PartyLine party : c.parties()) {
            p.pair(party.department(), c.t("charter.leaderLine", party.leader(), party.partnerType()));
        }
        p.pair(c.label("form", "form"), c.display(FieldType.CHOICE, c.answer("form", "form")));
        p.pair(c.label("exit", "endDate"), c.display(FieldType.DATE, c.answer("exit", "endDate")));
        p.pair(c.t("role.EVALUATOR"), String.join(", ", c.names("evaluators")));
        String nextReview = "";
        for (JsonNode row : c.section("exit").path("reviews")) {
            String d = row.path("date").asString("");
            if (!d.isEmpty() && (nextReview.isEmpty() || d.compareTo(nextReview) < 0)) nextReview = d;
        }
        p.pair(c.label("exit", "reviews"), nextReview.isEmpty() ? "—" : c.display(FieldType.DATE, nextReview));
        p.pair(c.t("charter.openIssueCount"), String.valueOf(c.openIssues().size()));
        p.space(8);
        p.text(c.t("resources.chart"), Layout.BOLD, 11);
        JsonNode shares = c.section("resources").path("share");
        for (CharterContent.PartyLine party : c.parties()) {
            String share = shares.path(party.department()).asString("0");
            p.bar(party.department(), new BigDecimal(share), c.display(FieldType.PERCENT, share));
        }
    }

    private void sections(Layout p, CharterContent c) {
        for (CanvasTemplate.Section s : c.template.sections()) {
            if (s.kind() == CanvasTemplate.Kind.DETAILS) continue;
            p.heading(c.sectionTitle(s), 15);
            if (s.kind() == CanvasTemplate.Kind.PARTIES) {
                List<String[]> rows = new ArrayList<>();
                c.parties().forEach(x -> rows.add(new String[] {x.department(), x.leader(), x.contact(), x.partnerType()}));
                p.table(new String[] {c.t("charter.party"), c.t("role.LEADER"), c.t("parties.contact"), c.t("parties.partnerType")}, rows);
                continue;
            }
            JsonNode answers = c.section(s.key());
            for (CanvasTemplate.Field f : s.fields()) {
                String label = c.label(s.key(), f.key());
                JsonNode value = answers.path(f.key());
                if (f.type() == FieldType.TABLE) {
                    if ("mandate".equals(s.key()) && "ladder".equals(f.key())) {
                        p.text(label, Layout.BOLD, 11);
                        int step = 1;
                        for (JsonNode row : value) {
                            p.paragraph(step++ + ". " + row.path("decides").asString() + " – "
                                    + c.t("charter.workingDays", row.path("days").asString("?"))
                                    + (row.path("fallback").asString("").isEmpty() ? "" : " – " + row.path("fallback").asString()),
                                    Layout.REGULAR, 10);
                        }
                        continue;
                    }
                    String[] headers = f.columns().stream().map(col -> c.label(s.key(), f.key() + "." + col.key())).toArray(String[]::new);
                    List<String[]> rows = new ArrayList<>();
                    for (JsonNode row : value) {
                        rows.add(f.columns().stream().map(col -> c.display(col.type(), row.path(col.key()).asString(""))).toArray(String[]::new));
                    }
                    p.text(label, Layout.BOLD, 11);
                    if (rows.isEmpty()) p.paragraph("—", Layout.REGULAR, 10);
                    else p.table(headers, rows);
                } else if (f.perParty()) {
                    List<CharterContent.PartyLine> parties = c.parties();
                    String[] headers = parties.stream().map(CharterContent.PartyLine::department).toArray(String[]::new);
                    String[] row = parties.stream().map(x -> c.display(f.type(), value.path(x.department()).asString(""))).toArray(String[]::new);
                    p.text(label, Layout.BOLD, 11);
                    p.table(headers, List.<String[]>of(row));
                } else {
                    p.pair(label, c.display(f.type(), value.asString("")));
                }
            }
        }
    }

    private void openIssues(Layout p, CharterContent c) {
        p.heading(c.t("charter.openIssues"), 15);
        List<CharterContent.Issue> issues = c.openIssues();
        if (issues.isEmpty()) p.paragraph("—", Layout.REGULAR, 10);
        for (CharterContent.Issue issue : issues) {
            p.text(issue.title(), Layout.BOLD, 10);
            p.paragraph(issue.description(), Layout.REGULAR, 10);
            for (String[] r : issue.reservations()) p.paragraph("• " + r[0] + ": " + r[1], Layout.REGULAR, 10);
        }
    }

    private void signOff(Layout p, CharterContent c) {
        p.heading(c.t("charter.signOff"), 15);
        List<String[]> rows = new ArrayList<>();
        Map<String, String> departments = new java.util.HashMap<>();
        c.parties().forEach(x -> departments.put(x.department(), x.department()));
        for (Approval a : c.standingApprovals()) {
            rows.add(new String[] {a.leaderName(), c.t("role.LEADER"), departments.getOrDefault(a.partyName(), a.partyName()),
                    c.decision(a.decision()), c.time(a.decidedAt()), a.fingerprint().shortForm()});
        }
        p.table(new String[] {c.t("charter.leader"), c.t("charter.role"), c.t("charter.department"), c.t("charter.decision"),
                c.t("charter.time"), c.t("details.fingerprint")}, rows);
    }

    private void auditTrail(Layout p, CharterContent c) {
        p.heading(c.t("charter.audit"), 15);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {c.time(c.round.sentAt()), c.t("charter.audit.sent", c.version())});
        for (Approval a : c.round.approvals()) {
            rows.add(new String[] {c.time(a.decidedAt()), c.t("charter.audit.decided", a.leaderName(), a.partyName(), c.decision(a.decision()),
                    a.signInMethod())});
            if (a.withdrawnAt() != null) rows.add(new String[] {c.time(a.withdrawnAt()), c.t("charter.audit.withdrawn", a.leaderName())});
        }
        if (c.round.closedAt() != null) rows.add(new String[] {c.time(c.round.closedAt()), c.t("charter.audit.approved")});
        p.table(new String[] {c.t("charter.time"), c.t("charter.event")}, rows);
    }

    /** A tiny flowing layout on A4 pages: text that wraps, label/value pairs, tables and bars. */
    static final class Layout {
        static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        static final PDType1Font MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);
        static final float MARGIN = 56;
        static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document) {
            this.document = document;
            newPage();
        }

        void newPage() {
            try {
                if (stream != null) stream.close();
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                stream = new PDPageContentStream(document, page);
                y = PDRectangle.A4.getHeight() - MARGIN;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void space(float points) {
            y -= points;
        }

        private void ensure(float height) {
            if (y - height < MARGIN + 20) newPage();
        }

        void heading(String text, float size) {
            ensure(size * 3);
            space(size * 0.8f);
            paragraph(text, BOLD, size);
            space(4);
        }

        void text(String text, PDType1Font font, float size) {
            paragraph(text, font, size);
        }

        void pair(String label, String value) {
            paragraph(label, BOLD, 10);
            paragraph(value.isEmpty() ? "—" : value, REGULAR, 10);
            space(4);
        }

        /** Wrapped text; characters the standard fonts cannot draw are shown as "?" rather than lost silently. */
        void paragraph(String text, PDType1Font font, float size) {
            for (String line : wrap(safe(text, font), font, size, WIDTH)) {
                ensure(size * 1.4f);
                write(line, font, size, MARGIN, y - size);
                y -= size * 1.4f;
            }
        }

        void bar(String label, BigDecimal percent, String shown) {
            ensure(26);
            write(safe(label + ": " + shown, REGULAR), REGULAR, 10, MARGIN, y - 10);
            y -= 14;
            try {
                float width = WIDTH * Math.min(100, percent.floatValue()) / 100f;
                stream.setNonStrokingColor(new Color(0x1a, 0x5f, 0xb4));
                stream.addRect(MARGIN, y - 8, Math.max(width, 1), 8);
                stream.fill();
                stream.setNonStrokingColor(Color.BLACK);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= 14;
        }

        void table(String[] headers, List<String[]> rows) {
            float column = WIDTH / headers.length;
            row(headers, column, BOLD);
            for (String[] r : rows) row(r, column, REGULAR);
            space(6);
        }

        private void row(String[] cells, float column, PDType1Font font) {
            float size = 9;
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (String cell : cells) {
                List<String> w = wrap(safe(cell == null ? "" : cell, font), font, size, column - 6);
                wrapped.add(w);
                lines = Math.max(lines, w.size());
            }
            float height = lines * size * 1.3f + 6;
            ensure(height);
            try {
                stream.setStrokingColor(Color.GRAY);
                for (int i = 0; i < cells.length; i++) {
                    stream.addRect(MARGIN + i * column, y - height, column, height);
                }
                stream.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i < wrapped.size(); i++) {
                float lineY = y - 3 - size;
                for (String line : wrapped.get(i)) {
                    write(line, font, size, MARGIN + i * column + 3, lineY);
                    lineY -= size * 1.3f;
                }
            }
            y -= height;
        }

        private void write(String text, PDType1Font font, float size, float x, float atY) {
            try {
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(x, atY);
                stream.showText(text);
                stream.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Page numbers and the short fingerprint in every footer; the pattern has two %d: page and pages. */
        void footers(String pattern) {
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    footer.beginText();
                    footer.setFont(REGULAR, 8);
                    footer.newLineAtOffset(MARGIN, MARGIN / 2);
                    footer.showText(safe(String.format(pattern, i + 1, pages), REGULAR));
                    footer.endText();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        static List<String> wrap(String text, PDType1Font font, float size, float width) {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (widthOf(candidate, font, size) <= width || line.isEmpty()) {
                        line.setLength(0);
                        line.append(candidate);
                    } else {
                        lines.add(line.toString());
                        line.setLength(0);
                        line.append(word);
                    }
                    while (widthOf(line.toString(), font, size) > width && line.length() > 1) {
                        // A single word longer than the line is broken where it must be.
                        int cut = line.length() - 1;
                        while (cut > 1 && widthOf(line.substring(0, cut), font, size) > width) cut--;
                        lines.add(line.substring(0, cut));
                        line.delete(0, cut);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private static float widthOf(String text, PDType1Font font, float size) {
            try {
                return font.getStringWidth(text) / 1000 * size;
            } catch (IOException | IllegalArgumentException e) {
                return text.length() * size * 0.6f;
            }
        }

        static String safe(String text, PDType1Font font) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                if (cp == '\n') {
                    out.append(ch);
                    return;
                }
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
