package dk.sammen.mail.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.mail.OutgoingMail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "mail_attachment")
class AttachmentEntity extends AbstractEntity {

    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(nullable = false)
    private byte[] content;

    protected AttachmentEntity() {
    }

    AttachmentEntity(OutgoingMail.Attachment attachment) {
        this.fileName = attachment.fileName();
        this.contentType = attachment.contentType();
        this.content = attachment.content();
    }

    OutgoingMail.Attachment toAttachment() {
        return new OutgoingMail.Attachment(fileName, contentType, content);
    }
}
