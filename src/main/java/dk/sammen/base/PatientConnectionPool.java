package dk.sammen.base;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells a busy connection pool from a database that does not answer.
 *
 * <p>The pool's connection timeout is short ({@code spring.datasource.hikari.connection-timeout},
 * 1.5 s) so that a save during a database outage is reported at the field within 2 s. Left at
 * that, a burst of writers that keeps every connection busy for 1.5 s (writes to one scoping take
 * turns on its row) would be reported as an outage too, and a service caller would get an error
 * although nothing is wrong. So when the pool times out without having failed to connect, the
 * caller keeps waiting for a connection, up to {@code sammen.datasource.busy-patience}; a failed
 * connection attempt ends the wait at once.
 */
@Configuration(proxyBeanMethods = false)
public class PatientConnectionPool {

    @Bean
    static BeanPostProcessor waitPatientlyForABusyPool(@Value("${sammen.datasource.busy-patience:30s}") Duration patience) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof HikariDataSource pool ? new Patient(pool, patience) : bean;
            }
        };
    }

    /** The pool, waiting on while it is only busy. */
    public static final class Patient extends DelegatingDataSource {
        private final Duration patience;

        Patient(DataSource pool, Duration patience) {
            super(pool);
            this.patience = patience;
        }

        @Override
        public Connection getConnection() throws SQLException {
            long giveUp = System.nanoTime() + patience.toNanos();
            while (true) {
                try {
                    return obtainTargetDataSource().getConnection();
                } catch (SQLTransientConnectionException timedOut) {
                    if (!onlyBusy(timedOut) || System.nanoTime() - giveUp > 0 || Thread.currentThread().isInterrupted()) {
                        throw timedOut;
                    }
                }
            }
        }

        /**
         * HikariCP gives its timeout the last failure to connect as cause and forgets that failure
         * as soon as a connection succeeds: no cause means every connection is in use, and the
         * database answered the last time the pool asked.
         */
        static boolean onlyBusy(SQLTransientConnectionException timedOut) {
            return timedOut.getCause() == null;
        }
    }
}
