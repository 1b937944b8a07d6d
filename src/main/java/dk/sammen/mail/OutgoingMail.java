package dk.sammen.mail;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A mail to one person, with a plain-text and an HTML part, optionally files and a one-click
 * unsubscribe address (RFC 8058). The recipient must be one bare address, and line breaks in the
 * subject become spaces: nothing a user typed can add a header.
 */
public record OutgoingMail(String recipient, String subject, String text, String html, Locale language,
                           List<Attachment> attachments, @Nullable String unsubscribeUrl) {

    /** A file sent with the mail (a charter, a calendar entry). */
    public record Attachment(String fileName, String contentType, byte[] content) {
        public Attachment {
            fileName = fileName.replaceAll("[\\r\\n\"/\\\\]+", "_");
        }
    }

    public OutgoingMail(String recipient, String subject, String text, String html, Locale language) {
        this(recipient, subject, text, html, language, List.of(), null);
    }

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"(),;:\\\\@]+@[^\\s<>\"(),;:\\\\@]+\\.[^\\s<>\"(),;:\\\\@]+");

    public OutgoingMail {
        recipient = recipient.strip();
        if (recipient.length() > 254 || !ADDRESS.matcher(recipient).matches()) {
            throw new IllegalArgumentException("not one plain e-mail address");
        }
        subject = subject.replaceAll("[\\r\\n\\u0085\\u2028\\u2029\\t]+", " ").strip();
        attachments = List.copyOf(attachments);
        if (unsubscribeUrl != null && !unsubscribeUrl.matches("https?://[^\\s<>]+")) throw new IllegalArgumentException("not a web address");
        if (subject.length() > 300) subject = subject.substring(0, 299) + "…";
    }

    /** A part of a composed mail: a paragraph, or a link with a text that says where it goes. */
    public sealed interface Part {
        record Text(String text) implements Part { }
        record Link(String label, String url) implements Part { }
    }

    /**
     * A mail in Sammen's one layout: the subject as heading, the parts in order, signed "– Sammen".
     * Plain text and HTML say the same; the HTML has the language, a title and real headings, and
     * every text in it is escaped, so nothing a user typed becomes markup.
     */
    public static OutgoingMail compose(String recipient, Locale language, String subject, List<Part> parts) {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(subject)).append("</title></head><body><h1>")
                .append(escape(subject)).append("</h1>");
        for (Part part : parts) {
            switch (part) {
                case Part.Text p -> {
                    text.append(p.text()).append("\n\n");
                    html.append("<p>").append(escape(p.text())).append("</p>");
                }
                case Part.Link l -> {
                    text.append(l.label()).append(":\n").append(l.url()).append("\n\n");
                    html.append("<p><a href=\"").append(escape(l.url())).append("\">").append(escape(l.label())).append("</a></p>");
                }
            }
        }
        text.append("– Sammen\n");
        html.append("<p>– Sammen</p></body></html>");
        return new OutgoingMail(recipient, subject, text.toString(), html.toString(), language);
    }

    public OutgoingMail withAttachments(List<Attachment> files) {
        return new OutgoingMail(recipient, subject, text, html, language, files, unsubscribeUrl);
    }

    public OutgoingMail withUnsubscribe(String url) {
        return new OutgoingMail(recipient, subject, text, html, language, attachments, url);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
