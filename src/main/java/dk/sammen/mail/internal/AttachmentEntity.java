package dk.sammen.mail.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.mail.OutgoingMail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A file of a mail in the outbox. Kept beside the mail row (not as a collection of it), so the many
 * mails without files cost nothing extra to write, and the worker reads the files of a claimed
 * batch in one query.
 */
@Entity
@Table(name = "mail_attachment")
public class AttachmentEntity extends AbstractEntity {

    @Column(name = "mail_id", nullable = false)
    private long mailId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(nullable = false)
    private byte[] content;

    protected AttachmentEntity() {
    }

    public AttachmentEntity(long mailId, OutgoingMail.Attachment attachment) {
        this.mailId = mailId;
        this.fileName = attachment.fileName();
        this.contentType = attachment.contentType();
        this.content = attachment.content();
    }

    public long mailId() {
        return mailId;
    }

    public String fileName() {
        return fileName;
    }

    OutgoingMail.Attachment toAttachment() {
        return new OutgoingMail.Attachment(fileName, contentType, content);
    }
}
