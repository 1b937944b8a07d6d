package dk.sammen.live.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tables that carry changes between servers (V9): writes happen in the writer's transaction
 * (through the pool), reads on a server's own listening connection.
 *
 * @see "docs/adr/0013-several-servers.md"
 */
@Component
@ConditionalOnProperty(name = "sammen.cluster", havingValue = "true")
class LiveEventLog {

    /** The NOTIFY channel for changes; the payload is "stream:revision", never content (8 000 bytes at most, folded when equal). */
    static final String CHANNEL = "sammen_live";
    /** The stream of news that concerns people rather than one scoping (a scoping's stream is its id). */
    static final long PERSONAL = 0;

    private final JdbcTemplate jdbc;
    private final LiveEventCodec codec = new LiveEventCodec();

    LiveEventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One event as it was written, read back. */
    record Entry(long stream, long revision, String origin, Object event) {
    }

    /**
     * Writes one transaction's events of one stream as that stream's next revision, and tells every
     * server. Runs inside the writer's transaction: the revision's row stays locked until it commits,
     * so revisions are numbered in commit order, and the notification is sent only if it commits.
     */
    long append(long stream, List<?> events, String origin) {
        Long revision = jdbc.queryForObject("""
                insert into live_revision (stream, revision) values (?, 1)
                on conflict (stream) do update set revision = live_revision.revision + 1
                returning revision""", Long.class, stream);
        long rev = java.util.Objects.requireNonNull(revision);
        List<Object[]> rows = new ArrayList<>();
        for (int seq = 0; seq < events.size(); seq++) {
            Object event = events.get(seq);
            rows.add(new Object[] {stream, rev, seq, origin, codec.kind(event), codec.write(event)});
        }
        jdbc.batchUpdate("insert into live_event (stream, revision, seq, origin, kind, payload, created_at) values (?, ?, ?, ?, ?, ?, now())", rows);
        jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, stream + ":" + rev);
        return rev;
    }

    /** The last revision of a stream committed so far (0: none yet). */
    long revision(long stream) {
        List<Long> found = jdbc.queryForList("select revision from live_revision where stream = ?", Long.class, stream);
        return found.isEmpty() ? 0 : found.getFirst();
    }

    /** What came after the given revision, in order; empty if nothing did. */
    static Changes since(Connection connection, long stream, long after, LiveEventCodec codec) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement(
                "select revision, origin, kind, payload from live_event where stream = ? and revision > ? order by revision, seq")) {
            read.setLong(1, stream);
            read.setLong(2, after);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(stream, rs.getLong(1), rs.getString(2), codec.read(rs.getString(3), rs.getString(4))));
                }
            }
        }
        long last = entries.isEmpty() ? after : entries.getLast().revision();
        boolean gap = !entries.isEmpty() && entries.getFirst().revision() > after + 1;
        if (entries.isEmpty()) {
            // Nothing kept after it, though the counter may have moved on: then those changes were removed as too old.
            long now = revision(connection, stream);
            if (now > after) return new Changes(List.of(), now, true);
        }
        return new Changes(entries, last, gap);
    }

    /** Changes read, the revision now seen, and whether some were no longer kept (the pages must read afresh). */
    record Changes(List<Entry> entries, long seen, boolean missed) {
    }

    static long revision(Connection connection, long stream) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("select revision from live_revision where stream = ?")) {
            read.setLong(1, stream);
            try (ResultSet rs = read.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Forgets changes older than {@code keep}; a server that was cut off longer reads its scopings afresh instead. */
    static int forgetOlderThan(Connection connection, Duration keep) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from live_event where created_at < now() - ? * interval '1 second'")) {
            delete.setLong(1, keep.toSeconds());
            return delete.executeUpdate();
        }
    }

    LiveEventCodec codec() {
        return codec;
    }
}
