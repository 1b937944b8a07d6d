package dk.sammen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test sets, so it can walk across weekends, Easter and New Year. Until set it tells the
 * real time. Copenhagen time, as the application's own clock.
 */
public final class MovableClock extends Clock {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private final AtomicReference<Instant> now = new AtomicReference<>();

    public void set(LocalDateTime copenhagenTime) {
        now.set(copenhagenTime.atZone(COPENHAGEN).toInstant());
    }

    public void reset() {
        now.set(null);
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
        Instant set = now.get();
        return set != null ? set : Instant.now();
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
