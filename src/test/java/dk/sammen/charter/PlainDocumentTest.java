package dk.sammen.charter;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.SammenTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A plain document (such as a session's minutes) comes out as archival and accessible as the charter. */
@SammenTest
class PlainDocumentTest {

    @Autowired PlainDocuments documents;

    static final PlainDocument MINUTES = new PlainDocument("Referat: Vejarbejder og trafiksikkerhed", "Referat af en live-session i Sammen",
            Locale.of("da", "DK"), Instant.parse("2027-03-24T09:15:00Z"), List.of(
                    new PlainDocument.Pair("Tid", "24-03-2027 10:15 – 11:40"),
                    new PlainDocument.Heading(2, "Deltagere"),
                    new PlainDocument.Items(List.of("Byudvikling: Mette Jensen", "TMF Stab – Undersøgelsesteam: Kamilla Damgaard")),
                    new PlainDocument.Heading(3, "3. Formål og fælles afsæt"),
                    new PlainDocument.Text("12 min. brugt af en tidsramme på 15 min. Æøå 🚲 <script>alert(1)</script> | * _")));

    @Test
    void the_pdf_is_pdf_a_3a_and_pdf_ua_and_holds_the_text() throws Exception {
        byte[] pdf = documents.pdf(MINUTES);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Referat: Vejarbejder og trafiksikkerhed")
                    .contains("Byudvikling: Mette Jensen").contains("<script>alert(1)</script>");
        }
    }

    @Test
    void the_markdown_keeps_the_structure_and_escapes_what_would_be_markup() {
        assertThat(documents.markdown(MINUTES)).startsWith("# Referat: Vejarbejder og trafiksikkerhed\n\n*Referat af en live-session i Sammen*")
                .contains("**Tid**: 24-03-2027 10:15 – 11:40").contains("## Deltagere\n\n- Byudvikling: Mette Jensen\n")
                .contains("### 3. Formål og fælles afsæt").contains("&lt;script>").contains("\\| \\* \\_");
    }
}
