package dk.sammen.mail;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A mail to one person, with a plain-text and an HTML part. The recipient must be one bare address,
 * and line breaks in the subject become spaces: nothing a user typed can add a header.
 */
public record OutgoingMail(String recipient, String subject, String text, String html, Locale language) {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"(),;:\\\\@]+@[^\\s<>\"(),;:\\\\@]+\\.[^\\s<>\"(),;:\\\\@]+");

    public OutgoingMail {
        recipient = recipient.strip();
        if (recipient.length() > 254 || !ADDRESS.matcher(recipient).matches()) {
            throw new IllegalArgumentException("not one plain e-mail address");
        }
        subject = subject.replaceAll("[\\r\\n\\u0085\\u2028\\u2029\\t]+", " ").strip();
        if (subject.length() > 300) subject = subject.substring(0, 299) + "…";
    }
}
