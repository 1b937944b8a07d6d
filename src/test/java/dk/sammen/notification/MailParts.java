package dk.sammen.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a received mail holds: its plain text, its HTML and its files by name. */
record MailParts(String text, String html, Map<String, byte[]> files) {

    static MailParts of(MimeMessage message) {
        try {
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            Map<String, byte[]> files = new LinkedHashMap<>();
            walk(message, text, html, files);
            return new MailParts(text.toString(), html.toString(), files);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(Part part, StringBuilder text, StringBuilder html, Map<String, byte[]> files) throws Exception {
        if (part.getFileName() != null) {
            try (InputStream in = part.getInputStream(); var out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                files.put(part.getFileName(), out.toByteArray());
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                walk(body, text, html, files);
            }
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        }
    }
}
