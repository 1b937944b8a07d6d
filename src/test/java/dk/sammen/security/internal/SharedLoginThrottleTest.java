package dk.sammen.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.SammenTest;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With several servers, each has its own throttle over the one database (issue 14): a second
 * {@link LoginThrottle} over the same database stands in for the second server.
 */
@SammenTest
class SharedLoginThrottleTest {

    @Autowired LoginThrottle serverA;
    @Autowired JdbcTemplate database;
    @Autowired Clock clock;

    @Test
    void a_guesser_slowed_down_on_one_server_is_slowed_down_on_the_other_until_a_sign_in_succeeds() {
        LoginThrottle serverB = new LoginThrottle(database, clock);
        String name = "gaetter" + System.nanoTime();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(serverB.waitBeforeNextAttempt(name)).as("free attempt %d", i + 1).isZero();
            (i % 2 == 0 ? serverA : serverB).failed(name); // the load balancer sends them this way and that
        }
        assertThat(serverA.waitBeforeNextAttempt(name)).isPositive().isLessThanOrEqualTo(LoginThrottle.FIRST_WAIT);
        assertThat(serverB.waitBeforeNextAttempt(name.toUpperCase())).as("the same name, however written").isPositive();
        assertThat(serverB.waitBeforeNextAttempt("another" + name)).isZero();

        serverB.succeeded(name);
        assertThat(serverA.waitBeforeNextAttempt(name)).isEqualTo(Duration.ZERO);
    }
}
