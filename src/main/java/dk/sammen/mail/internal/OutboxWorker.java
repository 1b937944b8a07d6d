package dk.sammen.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. A few mails at a time are claimed, sent over one connection and
 * marked sent in one transaction while their rows are locked, so two servers never send the same
 * mail and a mail that was not marked sent is sent again after a restart. (If Sammen dies after the
 * SMTP server took a mail but before the commit, it is sent twice; the stable Message-ID lets mail
 * systems recognise the copy.)
 *
 * <p>Runs on its own scheduler thread with no signed-in identity, and calls no secured service.
 */
@Component
@ConditionalOnProperty(name = "sammen.mail.send", havingValue = "true")
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    /**
     * Mails sent over one connection and recorded in one transaction. Should Sammen die between the
     * server taking them and the commit, at most these are sent again.
     */
    static final int PER_CONNECTION = 20;

    private final OutboxRepository outbox;
    private final AttachmentRepository attachments;
    private final JavaMailSender sender;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxWorker(OutboxRepository outbox, AttachmentRepository attachments, JavaMailSender sender, MailProperties properties,
                 TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.attachments = attachments;
        this.sender = sender;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sammen.mail.poll-millis:1000}", initialDelayString = "${sammen.mail.poll-millis:1000}")
    void sendDue() {
        for (int i = 0; i < properties.batch(); i++) {
            if (!sendSome()) return;
        }
    }

    /**
     * Claims up to {@link #PER_CONNECTION} due mails, sends them over one SMTP connection and records
     * each one's outcome, all in one transaction. False when nothing more is due now, or when the
     * server could not be reached (the rest waits for the next round).
     */
    boolean sendSome() {
        Boolean more = transaction.execute(status -> {
            List<OutboxEntity> due = outbox.findBySentAtIsNullAndFailedAtIsNullAndNextAttemptAtLessThanEqualOrderByIdAsc(clock.instant(),
                    PageRequest.of(0, PER_CONNECTION));
            if (due.isEmpty()) return false;
            Map<Long, List<AttachmentEntity>> files = attachments.byMail(due.stream().map(OutboxEntity::requireId).toList());
            Map<OutboxEntity, MimeMessage> messages = new LinkedHashMap<>();
            Map<Object, Exception> failures = new HashMap<>();
            for (OutboxEntity mail : due) {
                try {
                    messages.put(mail, message(mail, files.getOrDefault(mail.requireId(), List.of())));
                } catch (MailException unpreparable) {
                    failures.put(mail, unpreparable);
                }
            }
            try {
                if (!messages.isEmpty()) sender.send(messages.values().toArray(MimeMessage[]::new));
            } catch (MailSendException e) {
                // Per message; a connection failure lists every message with the same exception.
                failures.putAll(e.getFailedMessages().isEmpty() ? everyOne(messages.values(), e) : e.getFailedMessages());
            } catch (MailException e) {
                failures.putAll(everyOne(messages.values(), e));
            }
            boolean reachable = true;
            for (OutboxEntity mail : due) {
                Exception failure = failures.getOrDefault(mail, messages.containsKey(mail) ? failures.get(messages.get(mail)) : null);
                if (failure == null) {
                    mail.sent(clock.instant());
                } else if (permanent(failure) || mail.attempts() + 1 >= properties.maxAttempts()) {
                    log.warn("Mail {} not sent, and not tried again: {}", mail.requireId(), reason(failure));
                    mail.failed(clock.instant(), reason(failure));
                } else {
                    reachable = false;
                    mail.retryLater(clock.instant(), properties.wait(mail.attempts()), reason(failure));
                }
            }
            if (!reachable) log.info("Mail server not reachable; {} mails wait for the next try", due.size());
            return reachable && due.size() == PER_CONNECTION;
        });
        return Boolean.TRUE.equals(more);
    }

    private static Map<Object, Exception> everyOne(java.util.Collection<MimeMessage> messages, Exception e) {
        Map<Object, Exception> all = new HashMap<>();
        messages.forEach(m -> all.put(m, e));
        return all;
    }

    private MimeMessage message(OutboxEntity row, List<AttachmentEntity> files) {
        var mail = row.mail(files.stream().map(AttachmentEntity::toAttachment).toList());
        MimeMessage message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            for (var file : mail.attachments()) {
                helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
            }
            message.setHeader("Content-Language", mail.language().getLanguage());
            if (mail.unsubscribeUrl() != null) {
                // RFC 8058: mail programs offer "unsubscribe" and POST to the address, without opening a page.
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            String domain = properties.from().replaceAll("^.*@", "").replaceAll("[^A-Za-z0-9.-]", "");
            // JavaMailSenderImpl keeps a Message-ID that is already set.
            message.setHeader("Message-ID", row.messageId(domain.isEmpty() ? "sammen" : domain));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return message;
    }

    /** Refusals that will not change by trying again: a malformed mail, or an address the server rejects. */
    static boolean permanent(Exception e) {
        if (e instanceof MailParseException || e instanceof MailPreparationException) return true;
        for (Throwable t = e; t != null; t = t.getCause()) {
            // The server refused the recipient (an SMTP 5xx for RCPT TO): sending again will not help.
            if (t instanceof SendFailedException refused && refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0) {
                return true;
            }
            if (t == t.getCause()) break;
        }
        return false;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("[\\r\\n]+", " ");
    }
}
