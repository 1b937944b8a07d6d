package dk.sammen.mail;

import dk.sammen.mail.internal.AttachmentEntity;
import dk.sammen.mail.internal.AttachmentRepository;
import dk.sammen.mail.internal.OutboxEntity;
import dk.sammen.mail.internal.OutboxRepository;
import dk.sammen.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: the only way Sammen sends mail. {@link #enqueue} joins the caller's transaction, so a
 * mail exists exactly when the change that caused it was committed; the worker sends it later.
 */
@Service
public class MailOutbox {

    private final OutboxRepository outbox;
    private final AttachmentRepository attachments;
    private final CurrentUser currentUser;
    private final Clock clock;

    MailOutbox(OutboxRepository outbox, AttachmentRepository attachments, CurrentUser currentUser, Clock clock) {
        this.outbox = outbox;
        this.attachments = attachments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Must run inside the transaction of the change it belongs to. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        OutboxEntity row = outbox.save(new OutboxEntity(mail, clock.instant()));
        mail.attachments().forEach(file -> attachments.save(new AttachmentEntity(row.requireId(), file)));
    }

    /** The newest mails first, with their state; administrators only (in development this is where mails are read). */
    @Transactional(readOnly = true)
    public List<QueuedMail> recent(int limit) {
        if (!currentUser.require().administrator()) throw new AccessDeniedException("only administrators read the outbox");
        List<OutboxEntity> rows = outbox.findAllByOrderByIdDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 500))));
        Map<Long, List<AttachmentEntity>> files = attachments.byMail(rows.stream().map(OutboxEntity::requireId).toList());
        return rows.stream().map(r -> r.toQueued(files.getOrDefault(r.requireId(), List.of()).stream()
                .map(AttachmentEntity::fileName).toList())).toList();
    }
}
