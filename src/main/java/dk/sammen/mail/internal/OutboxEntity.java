package dk.sammen.mail.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.mail.OutgoingMail;
import dk.sammen.mail.QueuedMail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "mail_outbox")
public class OutboxEntity extends AbstractEntity {

    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String subject;
    @Column(name = "body_text", nullable = false)
    private String text;
    @Column(name = "body_html", nullable = false)
    private String html;
    @Column(nullable = false)
    private String language;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "sent_at")
    private @Nullable Instant sentAt;
    @Column(name = "failed_at")
    private @Nullable Instant failedAt;
    @Column(name = "last_error")
    private @Nullable String lastError;
    @Column(name = "unsubscribe_url")
    private @Nullable String unsubscribeUrl;

    protected OutboxEntity() {
    }

    public OutboxEntity(OutgoingMail mail, Instant now) {
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.text = mail.text();
        this.html = mail.html();
        this.language = mail.language().getLanguage();
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.unsubscribeUrl = mail.unsubscribeUrl();
    }

    /** The mail as it was enqueued, with its files (stored beside it, see {@link AttachmentEntity}). */
    OutgoingMail mail(List<OutgoingMail.Attachment> attachments) {
        return new OutgoingMail(recipient, subject, text, html, Locale.of(language), attachments, unsubscribeUrl);
    }

    /** Stable for this row, so a mail sent again after a crash between sending and recording it can be recognised. */
    String messageId(String domain) {
        return "<outbox-" + requireId() + "." + createdAt.toEpochMilli() + "@" + domain + ">";
    }

    void sent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    void retryLater(Instant now, Duration wait, String reason) {
        attempts++;
        nextAttemptAt = now.plus(wait);
        lastError = cut(reason);
    }

    void failed(Instant now, String reason) {
        attempts++;
        failedAt = now;
        lastError = cut(reason);
    }

    int attempts() {
        return attempts;
    }

    private static String cut(String reason) {
        return reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
    }

    public QueuedMail toQueued(List<String> attachmentNames) {
        QueuedMail.State state = sentAt != null ? QueuedMail.State.SENT : failedAt != null ? QueuedMail.State.FAILED : QueuedMail.State.WAITING;
        return new QueuedMail(requireId(), recipient, subject, text, createdAt, attempts, state, sentAt, lastError, attachmentNames);
    }
}
