package dk.sammen.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
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
 * Sends what the outbox holds. Each mail is claimed, sent and marked sent in one transaction while
 * its row is locked, so two servers never send the same mail and a mail that was not marked sent
 * is sent again after a restart. (If Sammen dies after the SMTP server took the mail but before the
 * commit, it is sent twice; the stable Message-ID lets mail systems recognise the copy.)
 *
 * <p>Runs on its own scheduler thread with no signed-in identity, and calls no secured service.
 */
@Component
@ConditionalOnProperty(name = "sammen.mail.send", havingValue = "true")
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxRepository outbox;
    private final JavaMailSender sender;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxWorker(OutboxRepository outbox, JavaMailSender sender, MailProperties properties, TransactionTemplate transaction,
                 Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sammen.mail.poll-millis:1000}", initialDelayString = "${sammen.mail.poll-millis:1000}")
    void sendDue() {
        for (int i = 0; i < properties.batch(); i++) {
            if (!sendOne()) return;
        }
    }

    /** False when there is nothing due, or the server cannot be reached (the rest waits for the next round). */
    boolean sendOne() {
        Boolean more = transaction.execute(status -> {
            var due = outbox.findFirstBySentAtIsNullAndFailedAtIsNullAndNextAttemptAtLessThanEqualOrderByIdAsc(clock.instant());
            if (due.isEmpty()) return false;
            OutboxEntity mail = due.get();
            try {
                sender.send(message(mail));
                mail.sent(clock.instant());
                return true;
            } catch (MailException e) {
                String reason = reason(e);
                if (permanent(e)) {
                    log.warn("Mail {} to {} refused: {}", mail.requireId(), mail.mail().recipient(), reason);
                    mail.failed(clock.instant(), reason);
                    return true;
                }
                if (mail.attempts() + 1 >= properties.maxAttempts()) {
                    mail.failed(clock.instant(), reason);
                    return true;
                }
                mail.retryLater(clock.instant(), properties.wait(mail.attempts()), reason);
                log.info("Mail {} not sent yet: {}", mail.requireId(), reason);
                return false;
            }
        });
        return Boolean.TRUE.equals(more);
    }

    private MimeMessage message(OutboxEntity row) {
        var mail = row.mail();
        MimeMessage message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            message.setHeader("Content-Language", mail.language().getLanguage());
            String domain = properties.from().replaceAll("^.*@", "").replaceAll("[^A-Za-z0-9.-]", "");
            // JavaMailSenderImpl keeps a Message-ID that is already set.
            message.setHeader("Message-ID", row.messageId(domain.isEmpty() ? "sammen" : domain));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return message;
    }

    /** Refusals that will not change by trying again: a malformed mail, or an address the server rejects. */
    static boolean permanent(MailException e) {
        if (e instanceof MailParseException || e instanceof MailPreparationException) return true;
        if (e instanceof MailSendException send) {
            for (Exception failed : send.getMessageExceptions()) {
                for (Throwable t = failed; t != null; t = t.getCause()) {
                    // The server refused the recipient (an SMTP 5xx for RCPT TO): sending again will not help.
                    if (t instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                            && refused.getInvalidAddresses().length > 0) {
                        return true;
                    }
                }
            }
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
