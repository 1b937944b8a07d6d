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

    private void showThreads(Div threads) {
        threads.removeAll();
        for (Comment thread : comments.stream().filter(c -> c.parentId() == null).toList()) {
            Div box = new Div();
            box.addClassName("comment-thread");
            if (thread.resolved()) box.addClassName("resolved");
            box.add(entry(thread));
            comments.stream().filter(c -> Objects.equals(c.parentId(), thread.id())).forEach(r -> {
                Div reply = entry(r);
                reply.addClassName("reply");
                box.add(reply);
            });
            TextArea reply = new TextArea(getTranslation("comments.reply"));
            reply.setMaxLength(2000);
            reply.addClassName("reply-field");
            Button send = new Button(getTranslation("comments.sendReply"), e -> submit(reply, thread.id()));
            send.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button resolve = new Button(getTranslation(thread.resolved() ? "comments.reopen" : "comments.resolve"),
                    e -> service.resolve(scoping, thread.id(), !thread.resolved()));
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            box.add(reply, new Div(send, resolve));
            threads.add(box);
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
