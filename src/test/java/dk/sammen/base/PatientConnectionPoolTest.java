package dk.sammen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real HikariCP pool with a short connection timeout, as the application configures it: a
 * caller waits while every connection is busy, but hears at once when the database does not answer.
 */
class PatientConnectionPoolTest {

    static final long TIMEOUT_MS = 250;

    @Test
    void a_caller_waits_for_a_busy_pool_beyond_its_connection_timeout() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:mem:busy-" + System.nanoTime(), 1)) {
            var patient = new PatientConnectionPool.Patient(pool, Duration.ofSeconds(10));
            Connection held = patient.getConnection();
            long holdMs = 4 * TIMEOUT_MS;
            CompletableFuture.delayedExecutor(holdMs, TimeUnit.MILLISECONDS).execute(() -> close(held));

            long started = System.nanoTime();
            try (Connection next = patient.getConnection()) {
                assertThat(next.isValid(1)).isTrue();
            }
            assertThat(elapsedMs(started)).isGreaterThan(TIMEOUT_MS);

            // Without the patience, the same wait is an error after the connection timeout.
            Connection again = pool.getConnection();
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .satisfies(e -> assertThat(PatientConnectionPool.Patient.onlyBusy((SQLTransientConnectionException) e)).isTrue());
            again.close();
        }
    }

    @Test
    void a_busy_pool_is_waited_for_only_as_long_as_the_patience() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:mem:patience-" + System.nanoTime(), 1)) {
            var patient = new PatientConnectionPool.Patient(pool, Duration.ofMillis(600));
            try (Connection held = patient.getConnection()) {
                long started = System.nanoTime();
                assertThatThrownBy(patient::getConnection).isInstanceOf(SQLTransientConnectionException.class);
                assertThat(elapsedMs(started)).isBetween(600L, 10_000L); // gives up, rather than waiting for ever
            }
        }
    }

    @Test
    void a_database_that_does_not_answer_is_reported_after_the_connection_timeout() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:" + closedPort + "/nobody", 2)) {
            var patient = new PatientConnectionPool.Patient(pool, Duration.ofSeconds(30));
            long started = System.nanoTime();
            assertThatThrownBy(patient::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .satisfies(e -> assertThat(PatientConnectionPool.Patient.onlyBusy((SQLTransientConnectionException) e)).isFalse());
            assertThat(elapsedMs(started)).isLessThan(10_000L); // far from the 30 s patience
        }
    }

    static HikariDataSource pool(String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(TIMEOUT_MS);
        config.setValidationTimeout(TIMEOUT_MS);
        config.setInitializationFailTimeout(-1); // the unreachable database must not stop the pool from starting
        return new HikariDataSource(config);
    }

    static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    static void close(Connection c) {
        try {
            c.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
