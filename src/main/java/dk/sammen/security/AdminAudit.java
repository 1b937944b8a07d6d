package dk.sammen.security;

import dk.sammen.security.internal.AuditEntity;
import dk.sammen.security.internal.AuditRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The record of every administrative change, written in the same transaction as the change. */
@Service
public class AdminAudit {

    private static final int MAX_TEXT = 4000;
    private final AuditRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AdminAudit(AuditRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a change by whoever acts now; "Sammen" when the application itself acts (e.g. a first sign-in). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subject, String before, String after) {
        var actor = currentUser.get();
        entries.save(new AuditEntity(clock.instant(), actor.map(a -> a.id().value()).orElse(null),
                actor.map(UserSummary::displayName).orElse("Sammen"), action, cut(subject, 300), cut(before, MAX_TEXT),
                cut(after, MAX_TEXT)));
    }

    /** The newest entries first; administrators only. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        if (!currentUser.require().administrator()) throw new AccessDeniedException("only administrators read the audit");
        return entries.findAllByOrderByIdDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 1000)))).stream()
                .map(AuditEntity::toEntry).toList();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
