package dk.sammen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Only a database that does not answer makes a save wait and retry; a database that refuses does not. */
class FriendlyErrorsTest {

    @Test
    void an_unreachable_or_restarting_database_is_unavailable() {
        assertThat(FriendlyErrors.databaseUnavailable(new CannotCreateTransactionException("no connection"))).isTrue();
        // What PostgreSQL says to open connections when it is stopped (SQL state 57P01), as Hibernate wraps it.
        assertThat(FriendlyErrors.databaseUnavailable(new JpaSystemException(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01"))))).isTrue();
        assertThat(FriendlyErrors.databaseUnavailable(new RuntimeException(new SQLException("connection refused", "08001")))).isTrue();
        // The rollback on a connection that the stopped server cut, which is what the page then gets.
        assertThat(FriendlyErrors.databaseUnavailable(new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void a_refusal_by_the_database_or_any_other_fault_is_not_retried() {
        assertThat(FriendlyErrors.databaseUnavailable(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(FriendlyErrors.databaseUnavailable(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(FriendlyErrors.databaseUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
