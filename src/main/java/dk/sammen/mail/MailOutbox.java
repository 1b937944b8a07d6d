package dk.sammen.mail;

import dk.sammen.mail.internal.OutboxEntity;
import dk.sammen.mail.internal.OutboxRepository;
import dk.sammen.security.CurrentUser;
import java.time.Clock;
import java.util.List;
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
    private final CurrentUser currentUser;
    private final Clock clock;

    MailOutbox(OutboxRepository outbox, CurrentUser currentUser, Clock clock) {
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Must run inside the transaction of the change it belongs to. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        outbox.save(new OutboxEntity(mail, clock.instant()));
    }

    /** The newest mails first, with their state; administrators only (in development this is where mails are read). */
    @Transactional(readOnly = true)
    public List<QueuedMail> recent(int limit) {
        if (!currentUser.require().administrator()) throw new AccessDeniedException("only administrators read the outbox");
        return outbox.findAllByOrderByIdDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 500)))).stream()
                .map(OutboxEntity::toQueued).toList();
    }
}
