package dk.sammen.live.internal;

import dk.sammen.base.TransactionBound;
import dk.sammen.live.PersonalEvent;
import dk.sammen.live.PresenceChanged;
import dk.sammen.live.ScopingEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live changes between the servers of a cluster, over PostgreSQL (on with {@code sammen.cluster=true}).
 *
 * <p>This server's pages get a committed change straight away, as on a single server. Besides,
 * every event is written to {@code live_event} inside the writer's transaction, as the next
 * revision of its scoping's stream, with a NOTIFY carrying only "stream:revision". Every server's
 * {@link ChangeListener} reads the revisions it has not seen and hands the other servers' events
 * to its pages: one read per server and change, not per page. After its connection was lost it
 * reads everything after the last revision it saw, so a dropped connection never means a missed
 * change, and a change is never shown twice.
 *
 * @see "docs/adr/0013-several-servers.md"
 */
@Component
@ConditionalOnProperty(name = "sammen.cluster", havingValue = "true")
class PostgresLiveUpdates extends ThisServersPages implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresLiveUpdates.class);
    private static final String PENDING = PostgresLiveUpdates.class.getName() + ".pending";

    private final LiveEventLog changes;
    private final ClusterNode node;
    private final EntityManagerFactory entities;
    private final TransactionTemplate ownTransaction;
    private final ChangeListener listener;

    PostgresLiveUpdates(LocalFanOut pages, LiveEventLog changes, ClusterNode node, EntityManagerFactory entities,
                        PlatformTransactionManager transactions, JdbcTemplate jdbc, ChangeListener.Settings settings,
                        PostgresPresenceBoard presence) {
        super(pages, "postgres");
        requirePostgres(jdbc);
        this.changes = changes;
        this.node = node;
        this.entities = entities;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.listener = new ChangeListener(settings, node.id(), pages, presence, changes.codec());
    }

    private static void requirePostgres(JdbcTemplate jdbc) {
        String product = jdbc.execute((ConnectionCallback<String>) c -> {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName();
        });
        if (!"PostgreSQL".equals(product)) {
            throw new IllegalStateException("sammen.cluster=true needs PostgreSQL (profile postgres), not " + product);
        }
    }

    @Override
    public Subscription subscribeBatches(long scopingId, Consumer<List<ScopingEvent>> subscriber) {
        Subscription subscription = pages.subscribe(scopingId, subscriber);
        if (!listener.follows(scopingId)) {
            // From now on this server reads the scoping's changes; those before are in what the page has read.
            listener.follow(scopingId, changes.revision(scopingId));
        }
        return subscription;
    }

    /** This server's pages see a change right after commit (see the superclass); the other servers through the log. Presence travels through the presence board. */
    @EventListener
    void toOtherServers(ScopingEvent event) {
        if (!(event instanceof PresenceChanged)) record(event.scopingId(), event);
    }

    @EventListener
    void toOtherServers(PersonalEvent event) {
        record(LiveEventLog.PERSONAL, event);
    }

    /** The backend process id of the listening connection, for a test that cuts it off (0: not connected). */
    int listenerBackendPid() {
        return listener.backendPid();
    }

    private void record(long stream, Object event) {
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (writing) {
            pending().add(stream, event);
        } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    appendAlone(stream, event);
                }
            });
        } else {
            appendAlone(stream, event);
        }
    }

    /** An event from outside a writing transaction is written in a short transaction of its own. */
    private void appendAlone(long stream, Object event) {
        try {
            ownTransaction.executeWithoutResult(status -> changes.append(stream, List.of(event), node.id()));
        } catch (DataAccessException e) {
            log.warn("The other servers will not see {} (the database refused it)", event, e);
        }
    }

    private Pending pending() {
        return TransactionBound.get(PENDING, Pending::new);
    }

    /**
     * One transaction's events, written just before it commits: last among the before-commit work
     * (the review gate's events are among them), after the entities were flushed, so every writer
     * takes the row locks of its entities first and of the streams' counters last, in the order
     * of the streams: two writers never wait for each other the other way round.
     */
    private final class Pending implements TransactionSynchronization {
        private final Map<Long, List<Object>> byStream = new TreeMap<>();
        private boolean written;

        void add(long stream, Object event) {
            if (written) {
                // Published by before-commit work that ran after this: its own revision, in the same transaction.
                changes.append(stream, List.of(event), node.id());
            } else {
                byStream.computeIfAbsent(stream, s -> new ArrayList<>()).add(event);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flushEntities();
            written = true;
            byStream.forEach((stream, events) -> changes.append(stream, events, node.id()));
        }
    }

    private void flushEntities() {
        @Nullable EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(entities);
        if (em == null) return;
        try {
            em.flush();
        } catch (PersistenceException e) {
            // The same failure the commit would have raised (an optimistic-lock conflict, say), translated alike.
            RuntimeException translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(e);
            throw translated == null ? e : translated;
        }
    }

    @Override
    public void start() {
        listener.start();
    }

    @Override
    public void stop() {
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return listener.isRunning();
    }

    /** Stops after the presence board, which still announces its last change through the database. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}
