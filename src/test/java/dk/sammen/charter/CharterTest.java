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
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SammenTest
class CharterTest {

    @Autowired CharterService charters;
    @Autowired ApprovalService approval;
    @Autowired CanvasService canvas;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired Translations translations;
    @Autowired dk.sammen.charter.internal.PdfSigner signer;
    @Autowired dk.sammen.charter.internal.PdfCharterRenderer renderer;
    ScopingFixture f;
    ReviewRound approved;

    @BeforeEach
    void anApprovedScoping() {
        f = CompleteScoping.create(scopings, directory, accounts, canvas, "Cykler og vejarbejde " + System.nanoTime());
        ReviewRound round = as("nanna", () -> approval.sendToReview(f.id()));
        run("lars", () -> approval.decide(f.id(), f.analysis(), round.fingerprint(), new Decision.ApproveWithReservation("Data fra 2025")));
        approved = as("peter", () -> approval.decide(f.id(), f.cityDevelopment(), round.fingerprint(), new Decision.Approve()));
    }

    @Test
    void the_pdf_opens_and_holds_title_every_section_each_leader_and_the_fingerprint() throws Exception {
        CharterFile file = as("kamilla", () -> charters.charter(f.id(), approved.id(), CharterService.Format.PDF, Translations.DANISH));
        assertThat(file.contentType()).isEqualTo("application/pdf");
        String text;
        int pages;
        try (var document = Loader.loadPDF(file.bytes())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " "); // table cells wrap
            pages = document.getNumberOfPages();
            assertThat(document.getDocumentInformation().getCustomMetadataValue("SammenFingerprint")).isEqualTo(approved.fingerprint().hex());
        }
        String title = as("kamilla", () -> scopings.details(f.id())).title();
        assertThat(text).contains(title).contains("Lars Holm").contains("Peter Sørensen").contains(approved.fingerprint().grouped())
                .contains("ikke en juridisk bindende kontrakt").contains("Godkendt med forbehold").contains("Data fra 2025")
                .contains("Side 1 af " + pages).contains(approved.fingerprint().shortForm());
        for (CanvasTemplate.Section section : canvas.template().sections()) {
            if (section.kind() == CanvasTemplate.Kind.DETAILS) continue;
            assertThat(text).contains(section.number() + ". " + translations.getTranslation(section.titleKey(), Translations.DANISH));
        }
    }

    @Test
    void the_signature_validates_and_a_changed_byte_breaks_it() {
        CharterFile file = as("kamilla", () -> charters.charter(f.id(), approved.id(), CharterService.Format.PDF, Translations.ENGLISH));
        Verification genuine = as("eva", () -> charters.verify(file.bytes()));
        assertThat(genuine.matches()).isTrue();
        assertThat(genuine.rounds()).extracting(ReviewRound::id).containsExactly(approved.id());

        // One byte changed inside the signed part of the file (the first page's objects).
        byte[] tampered = file.bytes().clone();
        tampered[400] = (byte) (tampered[400] ^ 0x01);
        assertThat(as("eva", () -> charters.verify(tampered)).matches()).isFalse();
        assertThat(as("eva", () -> charters.verify(tampered)).reason()).isEqualTo("verify.badSignature");
        // Something appended after signing (as an editor's incremental save would) is not covered by the signature.
        byte[] appended = java.util.Arrays.copyOf(file.bytes(), file.bytes().length + 10);
        assertThat(as("eva", () -> charters.verify(appended)).matches()).isFalse();
        // Someone who is not in the scoping learns nothing, even from a genuine file.
        assertThat(as("ole", () -> charters.verify(file.bytes())).matches()).isFalse();
    }

    @Test
    void markdown_and_json_carry_the_same_content_and_json_verifies() {
        String md = new String(as("kamilla", () -> charters.charter(f.id(), approved.id(), CharterService.Format.MARKDOWN,
                Translations.DANISH)).bytes(), StandardCharsets.UTF_8);
        byte[] json = as("kamilla", () -> charters.charter(f.id(), approved.id(), CharterService.Format.JSON, Translations.DANISH)).bytes();
        String jsonText = new String(json, StandardCharsets.UTF_8);
        for (String expected : List.of("Lars Holm", "Peter Sørensen", "Fælles formål: færre farlige situationer for cyklister.",
                "Projektlederne", "Kontorcheferne")) {
            assertThat(md).contains(expected);
            assertThat(jsonText).contains(expected);
        }
        assertThat(md).contains(approved.fingerprint().grouped());
        assertThat(as("eva", () -> charters.verify(json)).matches()).isTrue();
        byte[] changed = jsonText.replace("Projektlederne", "Projektlederen").getBytes(StandardCharsets.UTF_8);
        assertThat(as("eva", () -> charters.verify(changed)).matches()).isFalse();
    }

    @Test
    void the_pdf_is_signed_once_at_approval_and_every_download_is_that_file() throws Exception {
        CharterFile first = as("kamilla", () -> charters.charter(f.id(), approved.id(), CharterService.Format.PDF, Translations.DANISH));
        CharterFile again = as("eva", () -> charters.charter(f.id(), approved.id(), CharterService.Format.PDF, Translations.DANISH));
        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(again.fileName()).isEqualTo(first.fileName());
        CharterFile english = as("kamilla", () -> charters.charter(f.id(), approved.id(), CharterService.Format.PDF, Translations.ENGLISH));
        assertThat(english.bytes()).isNotEqualTo(first.bytes());
        try (var document = Loader.loadPDF(first.bytes())) {
            // Signed in the approving transaction: the signing time is the approval, not a download.
            var signedAt = document.getSignatureDictionaries().getFirst().getSignDate().toInstant();
            assertThat(signedAt).isEqualTo(approved.closedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
        assertThat(as("eva", () -> charters.verify(first.bytes())).matches()).isTrue();
    }

    @Test
    void the_sample_charter_is_rendered_signed_and_verifies() throws Exception {
        var sample = SampleCharter.scoping(scopings);
        ReviewRound round = SampleCharter.approvedRound(approval, sample);
        CharterFile file = as("nanna", () -> charters.charter(sample, round.id(), CharterService.Format.PDF, Translations.DANISH));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "sample-charter-da.pdf"), file.bytes());
        assertThat(as("eva", () -> charters.verify(file.bytes())).matches()).isTrue();

        // Rendering and signing once per version and language (at approval) is measured by bench/charter.sh.
    }

}
