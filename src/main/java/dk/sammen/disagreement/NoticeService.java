package dk.sammen.disagreement;

import dk.sammen.disagreement.internal.NoticeEntity;
import dk.sammen.disagreement.internal.NoticeRepository;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.CurrentUser;
import dk.sammen.security.UserSummary;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notices to people: a message key with its arguments. Features that notify (flags,
 * approvals) send through here after their own access checks; each person reads only their own.
 */
@Service
public class NoticeService {

    private static final String SEPARATOR = "\u001f";
    private final NoticeRepository notices;
    private final ScopingService scopings;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoticeService(NoticeRepository notices, ScopingService scopings, CurrentUser currentUser, Clock clock) {
        this.notices = notices;
        this.scopings = scopings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sends a notice to each recipient (user ids); the caller has decided they may know. */
    @Transactional
    public void send(Collection<Long> recipients, long scopingId, @Nullable Long flagId, String messageKey, String... args) {
        scopings.membership(new ScopingId(scopingId)); // only someone in the scoping notifies about it
        String joined = String.join(SEPARATOR, args);
        recipients.forEach(user -> notices.save(new NoticeEntity(user, scopingId, flagId, messageKey, joined, clock.instant())));
    }

    /** The signed-in user's latest notices, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> myNotices() {
        UserSummary me = currentUser.require();
        return notices.findByUserIdOrderByIdDesc(me.id().value(), Limit.of(50)).stream()
                .map(n -> new Notice(n.requireId(), n.scopingId, n.messageKey, Arrays.asList(n.args.split(SEPARATOR, -1)),
                        n.createdAt, n.seen))
                .toList();
    }

    @Transactional
    public void markSeen() {
        UserSummary me = currentUser.require();
        notices.findByUserIdOrderByIdDesc(me.id().value(), Limit.of(500)).forEach(n -> n.seen = true);
    }
}
