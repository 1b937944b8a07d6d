package dk.sammen.charter.internal;

import dk.sammen.approval.Approval;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.FieldType;
import dk.sammen.canvas.TableRef;
import dk.sammen.charter.internal.TaggedLayout.Face;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Lays out the charter as a tagged, archival PDF (PDF/A-3a and PDF/UA-1): title page, one-page
 * summary, every section in order, open issues, sign-off block and audit trail, page numbers and
 * the short fingerprint in every footer, the fonts embedded, the canonical JSON attached as the
 * document's source, and an empty signature field for {@link PdfSigner}.
 */
@Component
public class PdfCharterRenderer {

    private final CharterFonts fonts;

    PdfCharterRenderer(CharterFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(CharterContent c) {
        try (CharterFonts.Lease lease = fonts.lease(); PDDocument document = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TaggedLayout page = new TaggedLayout(document, lease.embedIn(document));
            titlePage(page, c);
            page.newPage();
            summary(page, c);
            page.newPage();
            sections(page, c);
            openIssues(page, c);
            signOff(page, c);
            auditTrail(page, c);
            page.finish(c.t("charter.footer", "%d", "%d", c.round.fingerprint().shortForm()), c.t("charter.signatureField"));
            ArchivalPdf.describe(document, c.title(), c.t("charter.notContract"), c.locale);
            Calendar made = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            made.setTimeInMillis((c.round.closedAt() == null ? c.round.sentAt() : c.round.closedAt()).toEpochMilli());
            ArchivalPdf.embedSource(document, c.round.canonicalJson().getBytes(StandardCharsets.UTF_8), c.t("charter.source"), made);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCustomMetadataValue(ArchivalPdf.FINGERPRINT, c.round.fingerprint().hex());
            info.setCustomMetadataValue("SammenVersion", String.valueOf(c.version()));
            document.setVersion(1.7f); // PDF/A-3 is based on PDF 1.7
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void titlePage(TaggedLayout p, CharterContent c) {
        p.space(120);
        p.paragraph(c.t("charter.kind"), Face.BOLD, 14);
        p.heading(1, c.title(), 26);
        p.space(16);
        if (!c.caseNumber().isEmpty()) p.pair(c.t("details.caseNumber"), c.caseNumber());
        p.pair(c.t("details.version"), String.valueOf(c.version()));
        p.pair(c.t("details.stage"), c.t("stage.APPROVED"));
        p.pair(c.t("dashboard.column.parties"), String.join(", ", c.parties().stream().map(CharterContent.PartyLine::department).toList()));
        p.pair(c.t("details.facilitator"), String.join(", ", c.names("facilitators")));
        p.space(16);
        p.paragraph(c.t("details.fingerprint") + " (SHA-256)", Face.BOLD, 11);
        p.paragraph(c.round.fingerprint().grouped(), Face.MONO, 9);
        p.space(24);
        p.paragraph(c.t("charter.notContract"), Face.BOLD, 12);
    }

    private void summary(TaggedLayout p, CharterContent c) {
        p.heading(2, c.t("charter.summary"), 18);
        p.pair(c.label(CanvasTemplate.SHARED_PURPOSE), c.answer(CanvasTemplate.SHARED_PURPOSE));
        for (CharterContent.PartyLine party : c.parties()) {
            p.pair(party.department(), c.t("charter.leaderLine", party.leader(), party.partnerType()));
        }
        p.pair(c.label(CanvasTemplate.FORM), c.display(FieldType.CHOICE, c.answer(CanvasTemplate.FORM)));
        p.pair(c.label(CanvasTemplate.END_DATE), c.display(FieldType.DATE, c.answer(CanvasTemplate.END_DATE)));
        p.pair(c.t("role.EVALUATOR"), String.join(", ", c.names("evaluators")));
        String nextReview = "";
        for (JsonNode row : c.section(CanvasTemplate.REVIEW_DATES.section()).path(CanvasTemplate.REVIEW_DATES.table())) {
            String d = row.path("date").asString("");
            if (!d.isEmpty() && (nextReview.isEmpty() || d.compareTo(nextReview) < 0)) nextReview = d;
        }
        p.pair(c.label(CanvasTemplate.REVIEW_DATES.section(), CanvasTemplate.REVIEW_DATES.table()), nextReview.isEmpty() ? "—" : c.display(FieldType.DATE, nextReview));
        p.pair(c.t("charter.openIssueCount"), String.valueOf(c.openIssues().size()));
        p.space(8);
        p.heading(3, c.t("resources.chart"), 11);
        JsonNode shares = c.section(CanvasTemplate.RESOURCES).path(CanvasTemplate.SHARE);
        List<String> labels = new ArrayList<>();
        List<Float> percents = new ArrayList<>();
        for (CharterContent.PartyLine party : c.parties()) {
            String share = shares.path(party.department()).asString("0");
            labels.add(party.department() + ": " + c.display(FieldType.PERCENT, share));
            percents.add(parsedPercent(share));
        }
        // The figure's alternative text states the numbers the bars show.
        p.bars(labels, percents, c.t("charter.chartAlt", c.t("resources.chart"), String.join(", ", labels)));
    }

    private static float parsedPercent(String share) {
        try {
            return new BigDecimal(share).floatValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void sections(TaggedLayout p, CharterContent c) {
        for (CanvasTemplate.Section s : c.template.sections()) {
            if (s.kind() == CanvasTemplate.Kind.DETAILS) continue;
            p.heading(2, c.sectionTitle(s), 15);
            if (s.kind() == CanvasTemplate.Kind.PARTIES) {
                List<String[]> rows = new ArrayList<>();
                c.parties().forEach(x -> rows.add(new String[] {x.department(), x.leader(), x.contact(), x.partnerType()}));
                p.table(new String[] {c.t("charter.party"), c.t("role.LEADER"), c.t("parties.contact"), c.t("parties.partnerType")}, rows, true);
                continue;
            }
            JsonNode answers = c.section(s.key());
            for (CanvasTemplate.Field f : s.fields()) {
                String label = c.label(s.key(), f.key());
                JsonNode value = answers.path(f.key());
                if (f.type() == FieldType.TABLE) {
                    p.heading(3, label, 11);
                    if (CanvasTemplate.LADDER.equals(new TableRef(s.key(), f.key()))) {
                        List<String[]> steps = new ArrayList<>();
                        for (JsonNode row : value) {
                            steps.add(new String[] {(steps.size() + 1) + ".", row.path(CanvasTemplate.LADDER_DECIDES).asString() + " – "
                                    + c.t("charter.workingDays", row.path("days").asString("?"))
                                    + (row.path("fallback").asString("").isEmpty() ? "" : " – " + row.path("fallback").asString())});
                        }
                        if (steps.isEmpty()) p.paragraph("—", Face.REGULAR, 10);
                        else p.list(steps, true);
                        continue;
                    }
                    String[] headers = f.columns().stream().map(col -> c.label(s.key(), f.key() + "." + col.key())).toArray(String[]::new);
                    List<String[]> rows = new ArrayList<>();
                    for (JsonNode row : value) {
                        rows.add(f.columns().stream().map(col -> c.display(col.type(), row.path(col.key()).asString(""))).toArray(String[]::new));
                    }
                    if (rows.isEmpty()) p.paragraph("—", Face.REGULAR, 10);
                    else p.table(headers, rows, false);
                } else if (f.perParty()) {
                    // One row per party, the party heading its row: read as "party, answer", party by party.
                    List<String[]> rows = new ArrayList<>();
                    for (CharterContent.PartyLine x : c.parties()) {
                        rows.add(new String[] {x.department(), c.display(f.type(), value.path(x.department()).asString(""))});
                    }
                    p.heading(3, label, 11);
                    p.table(new String[] {c.t("charter.party"), label}, rows, true);
                } else {
                    p.pair(label, c.display(f.type(), value.asString("")));
                }
            }
        }
    }

    private void openIssues(TaggedLayout p, CharterContent c) {
        p.heading(2, c.t("charter.openIssues"), 15);
        List<CharterContent.Issue> issues = c.openIssues();
        if (issues.isEmpty()) p.paragraph("—", Face.REGULAR, 10);
        for (CharterContent.Issue issue : issues) {
            p.heading(3, issue.title(), 10);
            p.paragraph(issue.description(), Face.REGULAR, 10);
            List<String[]> reservations = new ArrayList<>();
            for (String[] r : issue.reservations()) reservations.add(new String[] {"•", r[0] + ": " + r[1]});
            if (!reservations.isEmpty()) p.list(reservations, false);
        }
    }

    private void signOff(TaggedLayout p, CharterContent c) {
        p.heading(2, c.t("charter.signOff"), 15);
        List<String[]> rows = new ArrayList<>();
        for (Approval a : c.standingApprovals()) {
            rows.add(new String[] {a.leaderName(), c.t("role.LEADER"), a.partyName(), c.decision(a.decision()), c.time(a.decidedAt()),
                    a.fingerprint().shortForm()});
        }
        p.table(new String[] {c.t("charter.leader"), c.t("charter.role"), c.t("charter.department"), c.t("charter.decision"),
                c.t("charter.time"), c.t("details.fingerprint")}, rows, true);
    }

    private void auditTrail(TaggedLayout p, CharterContent c) {
        p.heading(2, c.t("charter.audit"), 15);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {c.time(c.round.sentAt()), c.t("charter.audit.sent", c.version())});
        for (Approval a : c.round.approvals()) {
            rows.add(new String[] {c.time(a.decidedAt()), c.t("charter.audit.decided", a.leaderName(), a.partyName(), c.decision(a.decision()),
                    a.signInMethod())});
            if (a.withdrawnAt() != null) rows.add(new String[] {c.time(a.withdrawnAt()), c.t("charter.audit.withdrawn", a.leaderName())});
        }
        if (c.round.closedAt() != null) rows.add(new String[] {c.time(c.round.closedAt()), c.t("charter.audit.approved")});
        p.table(new String[] {c.t("charter.time"), c.t("charter.event")}, rows, false);
    }
}
