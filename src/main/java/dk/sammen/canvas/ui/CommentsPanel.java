package dk.sammen.canvas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dk.sammen.base.Formats;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.canvas.Comment;
import dk.sammen.canvas.CommentService;
import dk.sammen.scoping.ScopingId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A section's comment threads: open count in the summary, replies, resolve, and a new comment.
 * The threads and the form are built when the panel is first opened: a canvas has a panel per
 * section and most stay closed, and every open page keeps its components in server memory.
 */
final class CommentsPanel extends Details {

    /** The form and the threads exist only once the panel has been opened (null before). */
    @Nullable TextArea newComment;
    @Nullable Button add;
    private @Nullable Div threads;
    /** The open count, only once the section has comments (most sections have none). */
    @Nullable Span badge;
    private final Span summary;
    private final CommentService service;
    private final ScopingId scoping;
    private final String section;
    private final Locale locale;
    private List<Comment> comments;
    private final Map<Long, ThreadBox> threadBoxes = new java.util.HashMap<>();

    CommentsPanel(CommentService service, ScopingId scoping, String section, List<Comment> comments, Locale locale) {
        this.service = service;
        this.scoping = scoping;
        this.section = section;
        this.locale = locale;
        addClassName("comments");
        setId("comments-" + section);
        summary = new Span(getTranslation("comments.title") + " ");
        setSummary(summary);
        show(comments);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) build();
        });
    }

    private void build() {
        if (threads != null) return;
        TextArea text = new TextArea(getTranslation("comments.new"));
        text.setMaxLength(2000);
        Button send = new Button(getTranslation("comments.add"), e -> submit(text, null));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        threads = new Div();
        newComment = text;
        add = send;
        add(threads, text, send);
        showThreads(threads);
    }

    /** Shows the section's comments as they are now. */
    void show(List<Comment> comments) {
        this.comments = comments;
        if (!comments.isEmpty() && badge == null) {
            badge = new Span();
            badge.addClassName("comment-badge");
            summary.add(badge);
        }
        if (badge != null) {
            long open = comments.stream().filter(c -> c.parentId() == null && !c.resolved()).count();
            badge.setText(getTranslation("comments.open", open));
            badge.getElement().setAttribute("aria-label", getTranslation("comments.open", open));
            badge.setVisible(!comments.isEmpty());
        }
        if (threads != null) showThreads(threads);
    }

    /**
     * The threads as they are now. Each thread keeps its box, its reply field and its buttons, so
     * a reply being typed survives someone else's comment; only the entries are drawn anew.
     */
    private void showThreads(Div threads) {
        List<Comment> roots = comments.stream().filter(c -> c.parentId() == null).toList();
        threadBoxes.keySet().removeIf(id -> roots.stream().noneMatch(r -> r.id() == id));
        List<Div> wanted = new java.util.ArrayList<>();
        for (Comment thread : roots) {
            ThreadBox box = threadBoxes.computeIfAbsent(thread.id(), id -> new ThreadBox(id));
            box.show(thread, comments.stream().filter(c -> Objects.equals(c.parentId(), thread.id())).toList());
            wanted.add(box);
        }
        dk.sammen.base.ui.InPlace.children(threads, wanted);
    }

    /** One thread: its comment and replies, a reply field and the resolve button. */
    private final class ThreadBox extends Div {

        private final Div entries = new Div();
        private final Button resolve = new Button();
        private boolean resolved;

        ThreadBox(long threadId) {
            addClassName("comment-thread");
            TextArea reply = new TextArea(getTranslation("comments.reply"));
            reply.setMaxLength(2000);
            reply.addClassName("reply-field");
            Button send = new Button(getTranslation("comments.sendReply"), e -> submit(reply, threadId));
            send.addThemeVariants(ButtonVariant.LUMO_SMALL);
            resolve.addClickListener(e -> service.resolve(scoping, threadId, !resolved));
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add(entries, reply, new Div(send, resolve));
        }

        void show(Comment thread, List<Comment> replies) {
            resolved = thread.resolved();
            setClassName("resolved", thread.resolved());
            entries.removeAll(); // text only
            entries.add(entry(thread));
            replies.forEach(r -> {
                Div reply = entry(r);
                reply.addClassName("reply");
                entries.add(reply);
            });
            resolve.setText(getTranslation(thread.resolved() ? "comments.reopen" : "comments.resolve"));
        }
    }

    private Div entry(Comment c) {
        Paragraph meta = new Paragraph(c.author() + " · " + Formats.dateTime(c.createdAt(), locale)
                + (c.resolved() ? " · " + getTranslation("comments.resolved") : ""));
        meta.addClassName("comment-meta");
        Paragraph text = new Paragraph(c.text()); // text, never HTML
        text.addClassName("comment-text");
        return new Div(meta, text);
    }

    private void submit(TextArea field, Long replyTo) {
        try {
            service.add(scoping, section, field.getValue(), replyTo);
            field.clear();
            field.setInvalid(false);
        } catch (InvalidInputException problems) {
            ProblemDisplay.show(this, problems, Map.of("text", field));
        }
    }
}
