package dk.sammen;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real SMTP server (GreenMail) for a test's application, and ways to wait for what arrives. */
public final class InTestSmtp {

    public final GreenMail server;

    private InTestSmtp(GreenMail server) {
        this.server = server;
    }

    /** Starts the server and points the application's outbox at it, sending every 200 ms. */
    public static InTestSmtp start(DynamicPropertyRegistry registry) {
        ServerSetup setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(setup);
        server.start();
        registry.add("sammen.mail.send", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", setup::getPort);
        registry.add("sammen.mail.poll-millis", () -> "200");
        registry.add("sammen.mail.retry-first", () -> "PT0.2S");
        registry.add("sammen.mail.retry-max", () -> "PT1S");
        return new InTestSmtp(server);
    }

    public void stop() {
        server.stop();
    }

    /** The mails to this address whose subject matches, as received so far. */
    public List<MimeMessage> to(String address, Predicate<String> subject) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> recipients(m).contains(address))
                .filter(m -> subject.test(subject(m))).toList();
    }

    /** Waits (up to 30 s) until this many such mails arrived, and gives them. */
    public List<MimeMessage> await(String address, Predicate<String> subject, int count) {
        long until = System.nanoTime() + 30_000_000_000L;
        while (true) {
            List<MimeMessage> found = to(address, subject);
            if (found.size() >= count) return found;
            if (System.nanoTime() > until) {
                throw new AssertionError("expected " + count + " mails to " + address + ", got " + found.size() + ": "
                        + found.stream().map(InTestSmtp::subject).toList());
            }
            sleep();
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> recipients(MimeMessage m) {
        try {
            Address[] all = m.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
