package dk.sammen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test sets, so it can walk across weekends, Easter and New Year. Once set it goes on
 * ticking from there (retries and timeouts that wait for time to pass still see it pass); until set
 * it tells the real time. Copenhagen time, as the application's own clock.
 */
public final class MovableClock extends Clock {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void set(LocalDateTime copenhagenTime) {
        offset.set(Duration.between(Instant.now(), copenhagenTime.atZone(COPENHAGEN).toInstant()));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return COPENHAGEN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(COPENHAGEN) ? this : Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    /** Put this configuration in a test's context to replace the application's clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
