package dk.sammen.live.internal;

import dk.sammen.live.Presence;
import dk.sammen.live.PresenceBoard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Presence shared by the servers of a cluster. This server's own views are kept in memory (the
 * truth for them) and written to {@code live_presence}; the others' are read from there. Each
 * change is announced on a channel of its own, so the other servers redraw their presence bars.
 *
 * <p>A server renews its rows every {@code heartbeat}; rows not renewed for {@code expiry} belong
 * to a server that died and are removed by whichever server sweeps first, which tells everyone.
 * A server that stops normally removes its rows at once. Presence is never worth failing a page
 * for: when the database cannot be reached, this server shows its own people only.
 *
 * @see "docs/adr/0013-several-servers.md"
 */
@Component
@ConditionalOnProperty(name = "sammen.cluster", havingValue = "true")
class PostgresPresenceBoard implements PresenceBoard, SmartLifecycle {

    /** The NOTIFY channel for presence; the payload is "origin:scopingId". */
    static final String CHANNEL = "sammen_presence";
    /** The origin of an announcement by the sweep: every server, the sweeper included, redraws. */
    static final String SWEEP = "sweep";
    private static final Logger log = LoggerFactory.getLogger(PostgresPresenceBoard.class);

    private final InMemoryPresenceBoard mine = new InMemoryPresenceBoard();
    private final JdbcTemplate jdbc;
    private final String node;
    private final Duration heartbeat;
    private final Duration expiry;
    private final JsonMapper json = JsonMapper.builder().build();
    private @Nullable ScheduledExecutorService beat;

    PostgresPresenceBoard(JdbcTemplate jdbc, ClusterNode node,
                          @Value("${sammen.cluster.presence-heartbeat:3s}") Duration heartbeat,
                          @Value("${sammen.cluster.presence-expiry:10s}") Duration expiry) {
        this.jdbc = jdbc;
        this.node = node.id();
        this.heartbeat = heartbeat;
        this.expiry = expiry;
    }

    @Override
    public void put(long scopingId, Presence presence) {
        mine.put(scopingId, presence);
        share(scopingId, presence);
    }

    @Override
    public @Nullable Presence find(long scopingId, String viewKey) {
        return mine.find(scopingId, viewKey);
    }

    @Override
    public void remove(long scopingId, String viewKey) {
        mine.remove(scopingId, viewKey);
        quietly(() -> jdbc.query("with gone as (delete from live_presence where view_key = ?) select pg_notify(?, ?)",
                rs -> null, viewKey, CHANNEL, node + ":" + scopingId));
    }

    @Override
    public List<Presence> present(long scopingId) {
        List<Presence> others = new ArrayList<>();
        quietly(() -> jdbc.query("select presence from live_presence where scoping_id = ? and node <> ? and seen_at > now() - ?::float8 * interval '1 millisecond'",
                rs -> {
                    others.add(json.readValue(rs.getString(1), Presence.class));
                }, scopingId, node, expiry.toMillis()));
        return Stream.concat(mine.present(scopingId).stream(), others.stream()).sorted(Presence.SHOWN_ORDER).toList();
    }

    /** Whether an announcement came from this server (which has redrawn its own pages already). */
    boolean isMine(String origin) {
        return node.equals(origin);
    }

    private void share(long scopingId, Presence presence) {
        quietly(() -> jdbc.query("""
                with up as (
                    insert into live_presence (view_key, scoping_id, node, presence, seen_at) values (?, ?, ?, ?, now())
                    on conflict (view_key) do update set presence = excluded.presence, seen_at = excluded.seen_at)
                select pg_notify(?, ?)""", rs -> null,
                presence.viewKey(), scopingId, node, json.writeValueAsString(presence), CHANNEL, node + ":" + scopingId));
    }

    /** Renews this server's rows; rows the sweep took meanwhile (this server was too slow) are written again. */
    void renew() {
        quietly(() -> {
            var views = mine.all();
            int mineNow = views.values().stream().mapToInt(List::size).sum();
            int renewed = jdbc.update("update live_presence set seen_at = now() where node = ?", node);
            if (renewed < mineNow) views.forEach((scoping, list) -> list.forEach(p -> share(scoping, p)));
        });
    }

    /** Removes the rows of servers that stopped renewing them, and tells every server which scopings lost someone. */
    void sweep() {
        quietly(() -> jdbc.query("""
                with gone as (delete from live_presence where seen_at < now() - ?::float8 * interval '1 millisecond' returning scoping_id)
                select pg_notify(?, ?::text || ':' || scoping_id) from (select distinct scoping_id from gone) g""",
                rs -> null, expiry.toMillis(), CHANNEL, SWEEP));
    }

    private void quietly(Runnable work) {
        try {
            work.run();
        } catch (DataAccessException | IllegalStateException e) {
            log.debug("Presence not shared with the other servers this time", e);
        }
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "presence-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = heartbeat.toMillis();
        timer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::sweep, every / 2, every / 2, TimeUnit.MILLISECONDS);
        beat = timer;
    }

    /** A server that stops normally takes its people away at once, rather than after the expiry. */
    @Override
    public synchronized void stop() {
        if (beat == null) return;
        beat.shutdownNow();
        beat = null;
        quietly(() -> jdbc.query("""
                with gone as (delete from live_presence where node = ? returning scoping_id)
                select pg_notify(?, ?::text || ':' || scoping_id) from (select distinct scoping_id from gone) g""",
                rs -> null, node, CHANNEL, SWEEP));
    }

    @Override
    public synchronized boolean isRunning() {
        return beat != null;
    }
}
