package dk.sammen.charter.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's key pair and certificate for signing charters. Created on first use as a
 * self-signed certificate in a PKCS#12 file in the data folder; an organisation can configure its
 * own keystore instead ({@code sammen.signing.keystore}, {@code sammen.signing.password}).
 *
 * <p>Several servers must sign with one key, or a charter signed by one would not verify on
 * another: with {@code sammen.cluster=true} the keystore must be named (a file every server
 * reads). Made there by the first server that needs it; a server that finds another was first
 * uses that one.
 */
@Component
public class SigningKeys {

    private static final String ALIAS = "sammen-charter";
    private final Path keystore;
    private final char[] password;
    private final Clock clock;
    private PrivateKey privateKey;
    private X509Certificate certificate;

    SigningKeys(@Value("${sammen.signing.keystore:}") String keystore, @Value("${sammen.data-dir:./data}") String dataDir,
                @Value("${sammen.cluster:false}") boolean cluster,
                @Value("${sammen.signing.password:sammen-charter-signing}") String password, Clock clock) {
        if (keystore.isBlank() && cluster) {
            throw new IllegalStateException("Several servers (sammen.cluster=true) must sign charters with the same key: set "
                    + "sammen.signing.keystore (SAMMEN_SIGNING_KEYSTORE) to a keystore every server reads. See the README, \"Several servers\".");
        }
        this.keystore = keystore.isBlank() ? Path.of(dataDir, "charter-signing.p12") : Path.of(keystore);
        this.password = password.toCharArray();
        this.clock = clock;
    }

    public synchronized PrivateKey privateKey() {
        load();
        return privateKey;
    }

    public synchronized X509Certificate certificate() {
        load();
        return certificate;
    }

    private void load() {
        if (certificate != null) return;
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(keystore)) {
                try (InputStream in = Files.newInputStream(keystore)) {
                    store.load(in, password);
                }
            } else {
                store.load(null, password);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(3072);
                KeyPair pair = generator.generateKeyPair();
                X509Certificate cert = selfSigned(pair);
                store.setKeyEntry(ALIAS, pair.getPrivate(), password, new java.security.cert.Certificate[] {cert});
                Files.createDirectories(keystore.toAbsolutePath().getParent());
                Path made = Files.createTempFile(keystore.toAbsolutePath().getParent(), "charter-signing", ".tmp");
                try (OutputStream out = Files.newOutputStream(made)) {
                    store.store(out, password);
                }
                try {
                    // Never replaces: a key another server made meanwhile wins, and this one is thrown away.
                    Files.createLink(keystore, made);
                } catch (java.nio.file.FileAlreadyExistsException otherWasFirst) {
                    store = KeyStore.getInstance("PKCS12");
                    try (InputStream in = Files.newInputStream(keystore)) {
                        store.load(in, password);
                    }
                } finally {
                    Files.deleteIfExists(made);
                }
            }
            String alias = store.aliases().nextElement();
            privateKey = (PrivateKey) store.getKey(alias, password);
            certificate = (X509Certificate) store.getCertificate(alias);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot load or create the charter signing key at " + keystore, e);
        }
    }

    private X509Certificate selfSigned(KeyPair pair) throws OperatorCreationException, GeneralSecurityException, IOException {
        X500Name name = new X500Name("CN=Sammen charter signing (self-signed), O=Sammen");
        Date from = Date.from(clock.instant().minus(Duration.ofDays(1)));
        Date to = Date.from(clock.instant().plus(Duration.ofDays(3650)));
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(clock.millis()), from, to, name, pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA")
                .build(pair.getPrivate())));
    }
}
