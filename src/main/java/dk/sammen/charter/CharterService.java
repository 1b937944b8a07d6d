package dk.sammen.charter;

import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.Fingerprint;
import dk.sammen.approval.ReviewNews;
import dk.sammen.approval.ReviewRound;
import dk.sammen.base.FileNames;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.base.Translations;
import dk.sammen.canvas.CanvasService;
import dk.sammen.charter.internal.ArchivalPdf;
import dk.sammen.charter.internal.CharterContent;
import dk.sammen.charter.internal.MarkdownCharterRenderer;
import dk.sammen.charter.internal.PdfCharterRenderer;
import dk.sammen.charter.internal.PdfSigner;
import dk.sammen.charter.internal.SignedCharterEntity;
import dk.sammen.charter.internal.SignedCharterRepository;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partnership charter of an approved version: PDF (signed by the application), Markdown and
 * JSON (the canonical form itself); and the check of a charter file or fingerprint against the record.
 */
@Service
public class CharterService {

    public enum Format { PDF, MARKDOWN, JSON }

    private final ApprovalService approvals;
    private final ScopingService scopings;
    private final CanvasService canvas;
    private final Translations translations;
    private final PdfCharterRenderer pdf;
    private final MarkdownCharterRenderer markdown;
    private final PdfSigner signer;
    private final SignedCharterRepository signed;
    private final Clock clock;

    CharterService(ApprovalService approvals, ScopingService scopings, CanvasService canvas, Translations translations,
                   PdfCharterRenderer pdf, MarkdownCharterRenderer markdown, PdfSigner signer, SignedCharterRepository signed,
                   Clock clock) {
        this.approvals = approvals;
        this.scopings = scopings;
        this.canvas = canvas;
        this.translations = translations;
        this.pdf = pdf;
        this.markdown = markdown;
        this.signer = signer;
        this.signed = signed;
        this.clock = clock;
    }

    /**
     * The charter of an approved round of this scoping; members only. The PDF is the one signed when
     * the version was approved (made then, or at its first download for versions approved before
     * Sammen kept them): every download is the same file, byte for byte.
     */
    @Transactional
    public CharterFile charter(ScopingId scoping, long roundId, Format format, Locale locale) {
        ReviewRound round = approvals.rounds(scoping).stream().filter(r -> r.id() == roundId && r.approved()).findFirst()
                .orElseThrow(() -> new InvalidInputException(Problem.of("round", "validation.charter.notApproved")));
        String base = "charter-" + FileNames.slug(scopings.details(scoping).title(), "scoping") + "-v" + round.versionNumber();
        Locale language = Translations.supported(locale);
        return switch (format) {
            case JSON -> new CharterFile(base + ".json", "application/json", round.canonicalJson().getBytes(StandardCharsets.UTF_8));
            case MARKDOWN -> new CharterFile(base + "-" + language.getLanguage() + ".md", "text/markdown; charset=UTF-8",
                    markdown.render(content(round, language)).getBytes(StandardCharsets.UTF_8));
            case PDF -> signed.findByRoundIdAndLanguage(round.id(), language.getLanguage())
                    .map(stored -> new CharterFile(stored.fileName(), "application/pdf", stored.content()))
                    .orElseGet(() -> sign(round, base + "-" + language.getLanguage() + ".pdf", language));
        };
    }

    /**
     * At approval, in the approving transaction: the signed PDF in each language, so the signing
     * time is the approval and the mail of the approval carries the very file every download gives.
     */
    @EventListener
    void approved(ReviewNews.Approved approved) {
        for (Locale language : List.of(Translations.DANISH, Translations.ENGLISH)) {
            charter(approved.scoping(), approved.roundId(), Format.PDF, language);
        }
    }

    private CharterFile sign(ReviewRound round, String fileName, Locale language) {
        byte[] bytes = signer.sign(pdf.render(content(round, language)), translations.getTranslation("charter.signReason", language),
                round.closedAt() != null ? round.closedAt() : clock.instant());
        signed.saveAndFlush(new SignedCharterEntity(round.id(), language.getLanguage(), fileName, bytes, sha256(bytes), clock.instant()));
        return new CharterFile(fileName, "application/pdf", bytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private CharterContent content(ReviewRound round, Locale locale) {
        return new CharterContent(round, canvas.template(), locale, translations);
    }

    /** Checks an uploaded charter (signed PDF or canonical JSON) against the approved versions the user may see. */
    public Verification verify(byte[] file) {
        if (file.length >= 4 && new String(file, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF")) {
            if (!signer.verify(file)) return new Verification(false, "verify.badSignature", null, List.of(), List.of());
            ArchivalPdf.Recorded recorded;
            try {
                recorded = ArchivalPdf.recorded(file);
            } catch (Exception e) {
                return new Verification(false, "verify.unreadable", null, List.of(), List.of());
            }
            String hex = recorded.fingerprint();
            if (hex == null) return new Verification(false, "verify.noFingerprint", null, List.of(), List.of());
            // The embedded source must be what the fingerprint is the hash of (older charters have none).
            if (recorded.source() != null && !Fingerprint.of(new String(recorded.source(), StandardCharsets.UTF_8)).hex().equals(hex)) {
                return new Verification(false, "verify.sourceMismatch", hex, List.of(), List.of());
            }
            return verify(new Fingerprint(hex));
        }
        try {
            // Accept the file as exported, or re-indented: its keys sorted again give the canonical bytes.
            String text = new String(file, StandardCharsets.UTF_8).strip();
            Verification exact = verify(Fingerprint.of(text));
            if (exact.matches()) return exact;
            JsonMapper json = JsonMapper.builder().build();
            Object tree = sorted(json.readValue(text, new TypeReference<Object>() { }));
            return verify(Fingerprint.of(json.writeValueAsString(tree)));
        } catch (RuntimeException notJson) {
            return new Verification(false, "verify.unreadable", null, List.of(), List.of());
        }
    }

    public Verification verify(Fingerprint fingerprint) {
        List<ReviewRound> found = approvals.approvedWith(fingerprint);
        List<String> titles = new ArrayList<>();
        found.forEach(r -> titles.add(scopings.details(r.scoping()).title()));
        return new Verification(!found.isEmpty(), found.isEmpty() ? "verify.noMatch" : "verify.match", fingerprint.hex(), found, titles);
    }

    @SuppressWarnings("unchecked")
    private static Object sorted(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put((String) k, sorted(v)));
            return out;
        }
        if (node instanceof List<?> list) return list.stream().map(CharterService::sorted).toList();
        return node;
    }

}
