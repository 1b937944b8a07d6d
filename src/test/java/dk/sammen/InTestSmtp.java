package dk.sammen;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) for a test's application, and ways to wait for what arrives. It
 * refuses the addresses it is told to refuse (550 for RCPT TO), as a real server refuses an unknown mailbox.
 */
public final class InTestSmtp {

    public final GreenMail server;
    private final Set<String> refused;

    private InTestSmtp(GreenMail server, Set<String> refused) {
        this.server = server;
        this.refused = refused;
    }

    /** From now on the server answers 550 to this recipient. */
    public void refuse(String address) {
        refused.add(address.toLowerCase(java.util.Locale.ROOT));
    }

    /** GreenMail with its own SMTP protocol handling, and a recipient check that refuses the listed addresses. */
    private static final class RefusingGreenMail extends GreenMail {

        private final Set<String> refused;

        RefusingGreenMail(ServerSetup setup, Set<String> refused) {
            super(setup);
            this.refused = refused;
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers given) {
            Managers refusing = new Managers() {
                private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
                    @Override
                    public String checkRecipient(SmtpState state, MailAddress address) {
                        return refused.contains(address.getEmail().toLowerCase(java.util.Locale.ROOT))
                                ? "550 5.1.1 <" + address.getEmail() + ">: Recipient address rejected: no such mailbox" : null;
                    }
                };

                @Override
                public SmtpManager getSmtpManager() {
                    return smtp;
                }
            };
            managers = refusing; // received mails are read from these managers
            return super.createServices(config, refusing);
        }
    }

    /** Starts the server and points the application's outbox at it, sending every 200 ms. */
    public static InTestSmtp start(DynamicPropertyRegistry registry) {
        ServerSetup setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        Set<String> refused = ConcurrentHashMap.newKeySet();
        GreenMail server = new RefusingGreenMail(setup, refused);
        server.start();
        registry.add("sammen.mail.send", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", setup::getPort);
        registry.add("sammen.mail.poll-millis", () -> "200");
        registry.add("sammen.mail.retry-first", () -> "PT0.2S");
        registry.add("sammen.mail.retry-max", () -> "PT1S");
        return new InTestSmtp(server, refused);
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
