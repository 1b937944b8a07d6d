package dk.sammen.charter.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Signs a charter PDF as PAdES (ETSI.CAdES.detached, with the signing-certificate-v2 attribute)
 * with the application's key, as an incremental update that leaves the PDF/A and PDF/UA file
 * intact (an invisible signature in the renderer's tagged field), and checks such signatures.
 * PDFBox writes the signature dictionary; Bouncy Castle makes and verifies the CMS.
 */
@Component
public class PdfSigner {

    private final SigningKeys keys;
    private final Clock clock;

    PdfSigner(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** Signs now. */
    public byte[] sign(byte[] pdf, String reason) {
        return sign(pdf, reason, clock.instant());
    }

    /**
     * Signs with the given signing time: a charter is signed as of its approval, however long the
     * rendering before took (a time read after rendering could fall in the next second).
     */
    public byte[] sign(byte[] pdf, String reason, java.time.Instant signedAt) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName("Sammen");
            signature.setReason(reason);
            Calendar now = new GregorianCalendar();
            now.setTimeInMillis(signedAt.toEpochMilli());
            signature.setSignDate(now);
            // The renderer's empty, tagged field takes the signature (PDFBox fills the field whose value it is).
            emptySignatureField(document).ifPresent(field -> field.getCOSObject().setItem(COSName.V, signature));
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(16384);
            document.addSignature(signature, this::cms, options);
            document.saveIncremental(out);
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot sign the charter", e);
        }
    }

    private static Optional<PDSignatureField> emptySignatureField(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) return Optional.empty();
        return form.getFields().stream().filter(PDSignatureField.class::isInstance).map(PDSignatureField.class::cast)
                .filter(field -> field.getSignature() == null).findFirst();
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate cert = keys.certificate();
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(
                    new ESSCertIDv2[] {new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash)}))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new PadesAttributes(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.privateKey()), cert));
            generator.addCertificates(new JcaCertStore(List.of(cert)));
            // DER, not BER: the zero padding after an indefinite-length encoding would make it unreadable.
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded("DER");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Cannot make the CMS signature", e);
        }
    }

    /**
     * True when the file carries a signature by this application's key that covers the whole
     * file and whose CMS verifies: any later change of a byte breaks it.
     */
    public boolean verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) return false;
            for (PDSignature signature : signatures) {
                int[] range = signature.getByteRange();
                if (range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) return false;
                // The signature slot is padded with zeros after the DER object; read just the object.
                ContentInfo signed;
                try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
                    signed = ContentInfo.getInstance(in.readObject());
                }
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), signed);
                for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                    @SuppressWarnings("unchecked")
                    var matches = cms.getCertificates().getMatches(signer.getSID());
                    if (matches.isEmpty()) return false;
                    X509CertificateHolder holder = (X509CertificateHolder) matches.iterator().next();
                    if (!java.util.Arrays.equals(holder.getEncoded(), keys.certificate().getEncoded())) return false;
                    if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) return false;
                }
            }
            return true;
        } catch (Exception e) {
            // Unreadable or broken signature data: the file is not a charter as signed.
            return false;
        }
    }

    /** PAdES baseline signatures carry no signing-time attribute: the time is in the PDF's signature dictionary. */
    private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {
        PadesAttributes(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }
}
