package dk.sammen.live.internal;

import dk.sammen.live.ChangesMissed;
import dk.sammen.live.PersonalEvent;
import dk.sammen.live.PresenceChanged;
import dk.sammen.live.ScopingEvent;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * One server's ear on the others: a connection of its own, outside the pool (a pooled connection
 * held for LISTEN would be taken back or reported as a leak), on one thread that waits for
 * notifications, reads the changes this server has not seen, and hands them to its pages in the
 * order they were committed.
 *
 * <p>When the connection is lost it connects again, waiting a little longer after each failure (up
 * to 5 s), and first reads everything after the last revision it saw of each scoping its pages
 * show: NOTIFY has no replay, so this catch-up is what makes a lost connection lose nothing.
 * Changes are kept an hour; a server cut off longer tells its pages to read the scoping afresh.
 *
 * @see "docs/adr/0013-several-servers.md"
 */
final class ChangeListener {

    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);
    private static final Duration MOST_BACKOFF = Duration.ofSeconds(5);

    /** Where the database is, and how long changes are kept for servers that were cut off. */
    @Component
    @ConditionalOnProperty(name = "sammen.cluster", havingValue = "true")
    record Settings(@Value("${spring.datasource.url}") String url,
                    @Value("${spring.datasource.username:}") String username,
                    @Value("${spring.datasource.password:}") String password,
                    @Value("${sammen.cluster.keep-changes:1h}") Duration keep) {
    }

    private final Settings settings;
    private final String node;
    private final LocalFanOut pages;
    private final PostgresPresenceBoard presence;
    private final LiveEventCodec codec;
    /** The scopings (and the personal stream) this server follows, with the last revision its pages got. */
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile int backendPid;
    private @Nullable Thread thread;

    ChangeListener(Settings settings, String node, LocalFanOut pages, PostgresPresenceBoard presence, LiveEventCodec codec) {
        this.settings = settings;
        this.node = node;
        this.pages = pages;
        this.presence = presence;
        this.codec = codec;
    }

    boolean follows(long stream) {
        return seen.containsKey(stream);
    }

    /** Follows a scoping from the given revision on (what was committed until then, the page has read). */
    void follow(long stream, long revision) {
        seen.putIfAbsent(stream, revision);
    }

    int backendPid() {
        return backendPid;
    }

    synchronized void start() {
        if (running) return;
        running = true;
        Thread listening = new Thread(this::listen, "live-listener");
        listening.setDaemon(true);
        listening.start();
        thread = listening;
    }

    synchronized void stop() {
        running = false;
        if (thread != null) thread.interrupt();
        thread = null;
    }

    boolean isRunning() {
        return running;
    }

    private void listen() {
        long backoff = 100;
        while (running) {
            try (Connection connection = connect()) {
                backoff = 100;
                listenOn(connection);
            } catch (SQLException | RuntimeException e) {
                backendPid = 0;
                if (!running) return;
                log.warn("Lost the link to the other servers ({}); connecting again in {} ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException stopping) {
                    return;
                }
                backoff = Math.min(backoff * 2, MOST_BACKOFF.toMillis());
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.username());
        properties.setProperty("password", settings.password());
        properties.setProperty("ApplicationName", "sammen-listener " + node);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(settings.url(), properties);
    }

    private void listenOn(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + LiveEventLog.CHANNEL);
            statement.execute("LISTEN " + PostgresPresenceBoard.CHANNEL);
            try (var rs = statement.executeQuery("select pg_backend_pid()")) {
                rs.next();
                backendPid = rs.getInt(1);
            }
        }
        log.info("Listening for the other servers' changes as node {} (connection {})", node, backendPid);
        // Listening from here on; what was committed meanwhile is read now.
        seen.putIfAbsent(LiveEventLog.PERSONAL, LiveEventLog.revision(connection, LiveEventLog.PERSONAL));
        catchUp(connection);
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long lastCleanUp = 0;
        while (running) {
            PGNotification[] arrived = notifications.getNotifications(1000);
            if (arrived == null || arrived.length == 0) {
                ping(connection); // a link that died without a word shows itself here
            } else {
                for (PGNotification notification : arrived) handle(connection, notification);
            }
            if (System.currentTimeMillis() - lastCleanUp > Duration.ofMinutes(10).toMillis()) {
                LiveEventLog.forgetOlderThan(connection, settings.keep());
                lastCleanUp = System.currentTimeMillis();
            }
        }
    }

    private static void ping(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select 1");
        }
    }

    /** Everything after the last revision seen, for every scoping this server's pages still show; and who is there now. */
    private void catchUp(Connection connection) throws SQLException {
        for (Long stream : List.copyOf(seen.keySet())) {
            if (stream != LiveEventLog.PERSONAL && pages.subscriberCount(stream) == 0) {
                seen.remove(stream); // nobody here shows it any more; followed again when a page opens it
                continue;
            }
            read(connection, stream);
            if (stream != LiveEventLog.PERSONAL) showPresence(stream);
        }
    }

    private void handle(Connection connection, PGNotification notification) throws SQLException {
        String[] parts = notification.getParameter().split(":", 2);
        if (parts.length != 2) return;
        if (PostgresPresenceBoard.CHANNEL.equals(notification.getName())) {
            long scoping = Long.parseLong(parts[1]);
            if (!presence.isMine(parts[0]) && pages.subscriberCount(scoping) > 0) showPresence(scoping);
            return;
        }
        long stream = Long.parseLong(parts[0]);
        long revision = Long.parseLong(parts[1]);
        Long last = seen.get(stream);
        if (last == null || revision <= last) return; // not shown here, or already read (a catch-up got it first)
        if (stream != LiveEventLog.PERSONAL && pages.subscriberCount(stream) == 0) {
            seen.remove(stream);
            return;
        }
        read(connection, stream);
    }

    private void read(Connection connection, long stream) throws SQLException {
        long after = seen.getOrDefault(stream, 0L);
        LiveEventLog.Changes changes = LiveEventLog.since(connection, stream, after, codec);
        if (changes.missed() && stream != LiveEventLog.PERSONAL) {
            log.warn("Changes of scoping {} after revision {} were no longer kept; its pages read it afresh", stream, after);
            pages.publish(new ChangesMissed(stream));
        }
        // One revision is one transaction's events: its pages get them together, as the writer's server's do.
        List<ScopingEvent> revision = new java.util.ArrayList<>();
        long current = -1;
        for (LiveEventLog.Entry entry : changes.entries()) {
            if (entry.revision() != current) {
                if (!revision.isEmpty()) pages.publish(stream, revision);
                revision = new java.util.ArrayList<>();
                current = entry.revision();
            }
            if (node.equals(entry.origin())) continue; // this server's pages had it right after the commit
            switch (entry.event()) {
                case ScopingEvent event -> revision.add(event);
                case PersonalEvent event -> pages.publishPersonal(event);
                default -> { }
            }
        }
        if (!revision.isEmpty()) pages.publish(stream, revision);
        seen.put(stream, changes.seen());
    }

    private void showPresence(long scoping) {
        pages.publish(new PresenceChanged(scoping, presence.present(scoping)));
    }
}
