package dk.sammen.charter;

import static dk.sammen.TestUsers.as;

import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.ReviewRound;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;

/** The sample data's approved scoping, "Trygge skoleveje ved vejarbejde", and its approved round, as Nanna (its facilitator) finds them. */
public final class SampleCharter {

    public static final String TITLE = "Trygge skoleveje ved vejarbejde";

    private SampleCharter() {
    }

    public static ScopingId scoping(ScopingService scopings) {
        return as("nanna", () -> scopings.myScopings()).stream().filter(s -> s.title().equals(TITLE)).findFirst().orElseThrow().id();
    }

    public static ReviewRound approvedRound(ApprovalService approvals, ScopingId scoping) {
        return as("nanna", () -> approvals.rounds(scoping)).stream().filter(ReviewRound::approved).findFirst().orElseThrow();
    }

    /** A plain one-page PDF made with PDFBox (untagged, standard font): the kind the charter was before it was archival. */
    public static byte[] plainOnePage() {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var text = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("Sammen");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
