package dk.sammen.charter.internal;

import dk.sammen.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The signed PDF of one approved version in one language, as it was made at approval. */
@Entity
@Table(name = "signed_charter")
public class SignedCharterEntity extends AbstractEntity {

    @Column(name = "round_id", nullable = false)
    private long roundId;
    @Column(nullable = false)
    private String language;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(nullable = false)
    private byte[] content;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected SignedCharterEntity() {
    }

    public SignedCharterEntity(long roundId, String language, String fileName, byte[] content, String sha256, Instant signedAt) {
        this.roundId = roundId;
        this.language = language;
        this.fileName = fileName;
        this.content = content;
        this.sha256 = sha256;
        this.signedAt = signedAt;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] content() {
        return content;
    }

    public String sha256() {
        return sha256;
    }
}
