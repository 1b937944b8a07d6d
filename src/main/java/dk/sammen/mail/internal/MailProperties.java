package dk.sammen.mail.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox sends. With {@code send=false} (development) mails stay in the outbox, where an
 * administrator reads them in the app. Retries wait {@code retryFirst}, doubling up to {@code retryMax},
 * and stop after {@code maxAttempts}.
 */
@ConfigurationProperties("sammen.mail")
public record MailProperties(boolean send, String from, Duration retryFirst, Duration retryMax, int maxAttempts, int batch) {

    public MailProperties {
        if (from == null || from.isBlank()) from = "Sammen <sammen@localhost>";
        if (retryFirst == null) retryFirst = Duration.ofSeconds(30);
        if (retryMax == null) retryMax = Duration.ofMinutes(30);
        if (maxAttempts <= 0) maxAttempts = 20;
        if (batch <= 0) batch = 200;
    }

    Duration wait(int attemptsSoFar) {
        Duration wait = retryFirst.multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
