package dk.sammen.charter;

import static dk.sammen.TestUsers.as;
import static dk.sammen.TestUsers.run;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.SammenTest;
import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.CompleteScoping;
import dk.sammen.approval.Decision;
import dk.sammen.approval.ReviewRound;
import dk.sammen.base.Translations;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import dk.sammen.approval.Fingerprint;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.charter.internal.CharterContent;
import dk.sammen.charter.internal.PdfCharterRenderer;
import dk.sammen.charter.internal.PdfSigner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The charter as an archival (PDF/A-3a) and accessible (PDF/UA-1) document, checked by veraPDF after signing. */
@SammenTest
class ArchivalCharterTest {

    static final String NAMES = "Γιώργος Παπαδόπουλος, Ольга Иванова, Łukasz Wróbel, Şükrü Çelik, Nguyễn Thị Minh";
    static final String ARABIC = "أحمد رحيمي";
    static final String MIXED = "Ahmed Rahimi / أحمد رحيمي";

    @Autowired CharterService charters;
    @Autowired ApprovalService approval;
    @Autowired CanvasService canvas;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired PdfSigner signer;
    @Autowired PdfCharterRenderer renderer;
    @Autowired Translations translations;

    private ScopingId sample() {
        return SampleCharter.scoping(scopings);
    }

    private ReviewRound approvedRound(ScopingId scoping) {
        return SampleCharter.approvedRound(approval, scoping);
    }

    @Test
    void the_danish_and_the_english_sample_charter_are_pdfa_3a_and_pdfua_1() throws Exception {
        ScopingId sample = sample();
        ReviewRound round = approvedRound(sample);
        List<String> verdicts = new ArrayList<>();
        for (Locale language : new Locale[] {Translations.DANISH, Translations.ENGLISH}) {
            byte[] pdf = as("nanna", () -> charters.charter(sample, round.id(), CharterService.Format.PDF, language)).bytes();
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "sample-charter-" + language.getLanguage() + ".pdf"), pdf);
            assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a, " + language).isEmpty();
            assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1, " + language).isEmpty();
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1)) {
                verdicts.add("sample-charter-" + language.getLanguage() + ".pdf · " + VeraPdf.summary(pdf, flavour));
            }
        }
        Files.writeString(Path.of("target", "sample-charter-verapdf.txt"), String.join("\n", verdicts) + "\n");
    }

    @Test
    void names_in_other_scripts_are_drawn_with_embedded_fonts_and_the_charter_still_conforms() throws Exception {
        ScopingFixture f = ScopingFixture.create(scopings, directory, accounts, "Fælles data · Κοινά δεδομένα " + System.nanoTime());
        run("nanna", () -> scopings.invite(f.id(), ScopingFixture.user(accounts, "peter"), ScopingRole.LEADER, f.cityDevelopment()));
        CompleteScoping.fill(canvas, f, NAMES);
        run("kamilla", () -> canvas.save(f.id(), FieldRef.joint("form", "why"), ARABIC, StoredValue.NEW));
        ReviewRound round = as("nanna", () -> approval.sendToReview(f.id()));
        run("lars", () -> approval.decide(f.id(), f.analysis(), round.fingerprint(), new Decision.ApproveWithReservation(MIXED)));
        ReviewRound approved = as("peter", () -> approval.decide(f.id(), f.cityDevelopment(), round.fingerprint(), new Decision.Approve()));
        byte[] pdf = as("kamilla", () -> charters.charter(f.id(), approved.id(), CharterService.Format.PDF, Translations.DANISH)).bytes();
        Files.write(Path.of("target", "charter-many-scripts.pdf"), pdf);

        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Long lines wrap. PDFBox's own text extraction reads a line that mixes directions (the
            // reservation) as right-to-left, so the Arabic name is checked on a line of its own.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Γιώργος Παπαδόπουλος", "Ольга Иванова", "Łukasz Wróbel", "Şükrü Çelik",
                    "Nguyễn Thị Minh", ARABIC).doesNotContain("\uFFFD");
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void the_validator_rejects_an_untagged_pdf_without_embedded_fonts() {
        // What the charter was before: veraPDF must fail it, or its passing above would mean nothing.
        byte[] plain = signer.sign(SampleCharter.plainOnePage(), "plain");
        assertThat(VeraPdf.failures(plain, PDFAFlavour.PDFA_3_A)).isNotEmpty();
        assertThat(VeraPdf.failures(plain, PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    @Test
    void the_charter_is_tagged_in_reading_order_with_language_title_bookmarks_and_its_source_attached() throws Exception {
        ScopingId sample = sample();
        ReviewRound round = approvedRound(sample);
        byte[] pdf = as("nanna", () -> charters.charter(sample, round.id(), CharterService.Format.PDF, Translations.DANISH)).bytes();
        List<CanvasTemplate.Section> sections = canvas.template().sections().stream()
                .filter(section -> section.kind() != CanvasTemplate.Kind.DETAILS).toList();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("da");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(SampleCharter.TITLE);

            List<String> kinds = new ArrayList<>();
            List<PDStructureElement> all = new ArrayList<>();
            collect(catalog.getStructureTreeRoot().getKids(), all);
            all.forEach(e -> kinds.add(e.getStructureType()));
            assertThat(kinds.getFirst()).isEqualTo("Document");
            assertThat(kinds.stream().filter("H1"::equals).count()).isOne();
            assertThat(kinds.indexOf("H1")).isLessThan(kinds.indexOf("H2"));
            // A heading per section, plus the summary, open issues, sign-off and audit trail.
            assertThat(kinds.stream().filter("H2"::equals).count()).isEqualTo(sections.size() + 4);
            assertThat(kinds).contains("Table", "TR", "TH", "TD", "L", "LI", "Lbl", "LBody", "Form");
            PDStructureElement figure = all.stream().filter(e -> e.getStructureType().equals("Figure")).findFirst().orElseThrow();
            // The share chart's alternative text states the numbers.
            assertThat(figure.getAlternateDescription()).contains("Aftalt andel pr. part").containsPattern("\\d+ %");

            List<String> bookmarks = new ArrayList<>();
            for (var item = catalog.getDocumentOutline().getFirstChild(); item != null; item = item.getNextSibling()) bookmarks.add(item.getTitle());
            assertThat(bookmarks).contains(SampleCharter.TITLE, "Resumé");
            for (CanvasTemplate.Section section : sections) {
                assertThat(bookmarks).contains(section.number() + ". " + translations.getTranslation(section.titleKey(), Translations.DANISH));
            }
        }
        // The PDF alone carries what its fingerprint is the hash of.
        var recorded = dk.sammen.charter.internal.ArchivalPdf.recorded(pdf);
        assertThat(new String(recorded.source(), StandardCharsets.UTF_8)).isEqualTo(round.canonicalJson());
        assertThat(Fingerprint.of(new String(recorded.source(), StandardCharsets.UTF_8))).isEqualTo(round.fingerprint());
        assertThat(recorded.fingerprint()).isEqualTo(round.fingerprint().hex());
    }

    @Test
    void a_signed_pdf_whose_embedded_content_does_not_match_its_fingerprint_is_not_recognised() {
        ReviewRound round = approvedRound(sample());
        ReviewRound altered = new ReviewRound(round.id(), round.scoping(), round.versionNumber(), round.fingerprint(),
                round.canonicalJson().replace("Trygge skoleveje", "Utrygge skoleveje"), round.state(), round.sentBy(), round.sentAt(),
                round.closedAt(), round.approvals());
        byte[] pdf = signer.sign(renderer.render(new CharterContent(altered, canvas.template(), Translations.DANISH, translations)), "test");
        Verification verdict = as("nanna", () -> charters.verify(pdf));
        assertThat(verdict.matches()).isFalse();
        assertThat(verdict.reason()).isEqualTo("verify.sourceMismatch");
    }

    @Test
    void poppler_an_independent_reader_says_the_signature_is_valid_and_a_changed_byte_breaks_it() throws Exception {
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        Assumptions.assumeTrue(Files.isExecutable(pdfsig), "poppler's pdfsig is not installed (see src/test/scripts/ensure-test-tools.sh)");
        ScopingId sample = sample();
        ReviewRound round = approvedRound(sample);
        byte[] pdf = as("nanna", () -> charters.charter(sample, round.id(), CharterService.Format.PDF, Translations.ENGLISH)).bytes();
        Path genuine = Files.createTempFile("charter", ".pdf");
        Files.write(genuine, pdf);
        String report = command(pdfsig.toString(), genuine.toString());
        assertThat(report).contains("Signature is Valid.").contains("ETSI.CAdES.detached").contains("Total document signed");
        Files.write(Path.of("target", "sample-charter-pdfsig.txt"), report.getBytes(StandardCharsets.UTF_8));

        byte[] tampered = pdf.clone();
        tampered[400] = (byte) (tampered[400] ^ 0x01);
        Path changed = Files.createTempFile("charter", ".pdf");
        Files.write(changed, tampered);
        assertThat(command(pdfsig.toString(), changed.toString())).doesNotContain("Signature is Valid.");
        Files.delete(genuine);
        Files.delete(changed);
    }

    private static String command(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static void collect(List<Object> kids, List<PDStructureElement> into) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element.getKids(), into);
            }
        }
    }
}
