package dk.sammen.canvas;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.base.TextRules;
import dk.sammen.canvas.internal.CommentEntity;
import dk.sammen.canvas.internal.CommentRepository;
import dk.sammen.scoping.Membership;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads per section. Every member may comment, reply and mark a thread resolved, the
 * evaluator included: talking about the canvas is not editing it.
 */
@Service
public class CommentService {

    static final int MAX_LENGTH = 2000;

    private final CommentRepository comments;
    private final ScopingService scopings;
    private final CanvasTemplate template;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(CommentRepository comments, ScopingService scopings, CanvasTemplate template,
                   ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.scopings = scopings;
        this.template = template;
        this.events = events;
        this.clock = clock;
    }

    /** All comments of a scoping, oldest first. */
    @Transactional(readOnly = true)
    public List<Comment> comments(ScopingId scoping) {
        scopings.membership(scoping);
        return named(scoping, comments.findByScopingIdOrderByIdAsc(scoping.value()));
    }

    /** Adds a comment to a section, or a reply to a comment of that section. */
    @Transactional
    public Comment add(ScopingId scoping, String section, String text, @Nullable Long replyTo) {
        Membership me = scopings.membership(scoping);
        if (template.section(section).isEmpty()) throw new InvalidInputException(Problem.of("section", "validation.unknownField"));
        String clean = TextRules.clean(text);
        var problems = new InvalidInputException.Collector();
        TextRules.check(problems, "text", clean, MAX_LENGTH, true);
        problems.throwIfAny();
        if (replyTo != null) {
            CommentEntity parent = comments.findById(replyTo)
                    .filter(c -> c.getScopingId() == scoping.value() && c.getSectionKey().equals(section) && c.getParentId() == null)
                    .orElseThrow(() -> new InvalidInputException(Problem.of("text", "validation.unknownComment")));
            parent.setResolved(false); // a new reply reopens the thread
        }
        CommentEntity stored = comments.save(new CommentEntity(scoping.value(), section, replyTo, me.user().id().value(),
                clock.instant(), clean));
        announce(scoping, section);
        return stored.toComment(me.user().displayName());
    }

    /** Marks a thread resolved, or open again. */
    @Transactional
    public void resolve(ScopingId scoping, long commentId, boolean resolved) {
        scopings.membership(scoping);
        CommentEntity comment = comments.findById(commentId)
                .filter(c -> c.getScopingId() == scoping.value() && c.getParentId() == null)
                .orElseThrow(() -> new InvalidInputException(Problem.of("comment", "validation.unknownComment")));
        comment.setResolved(resolved);
        announce(scoping, comment.getSectionKey());
    }

    private void announce(ScopingId scoping, String section) {
        comments.flush();
        List<Comment> now = named(scoping, comments.findByScopingIdAndSectionKeyOrderByIdAsc(scoping.value(), section));
        events.publishEvent(new CanvasEvents.CommentsChanged(scoping.value(), section, now));
    }

    private List<Comment> named(ScopingId scoping, List<CommentEntity> found) {
        Map<Long, String> names = scopings.names(scoping, found.stream().map(CommentEntity::getAuthorId).collect(Collectors.toSet()));
        return found.stream().map(c -> c.toComment(names.getOrDefault(c.getAuthorId(), ""))).toList();
    }

}
