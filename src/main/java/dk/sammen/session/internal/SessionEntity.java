package dk.sammen.session.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.session.SessionState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A live session of one scoping; its agenda is kept as JSON (sections, time boxes, time spent). */
@Entity
@Table(name = "live_session")
public class SessionEntity extends AbstractEntity {

    @Column(name = "scoping_id", nullable = false)
    private long scopingId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionState state = SessionState.RUNNING;
    @Column(nullable = false)
    private String agenda = "[]";
    @Column(name = "current_item", nullable = false)
    private int currentItem;
    @Column(name = "item_started_at", nullable = false)
    private Instant itemStartedAt = Instant.EPOCH;
    @Column(name = "facilitator_id", nullable = false)
    private long facilitatorId;
    @Column(name = "co_facilitator_id")
    private @Nullable Long coFacilitatorId;
    @Column(name = "facilitator_seen_at", nullable = false)
    private Instant facilitatorSeenAt = Instant.EPOCH;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt = Instant.EPOCH;
    @Column(name = "ended_at")
    private @Nullable Instant endedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;
    /** Counted up by every change of the session, in the order they commit ({@code SessionRepository.countChange}). */
    @Column(name = "revision", nullable = false)
    private long revision;

    protected SessionEntity() {
    }

    public SessionEntity(long scopingId, String agenda, long facilitatorId, Instant now) {
        this.scopingId = scopingId;
        this.agenda = agenda;
        this.facilitatorId = facilitatorId;
        this.itemStartedAt = now;
        this.facilitatorSeenAt = now;
        this.startedAt = now;
    }

    /** The meeting moves to another agenda item; the caller has added the time spent to the agenda. */
    public void moveTo(int item, String agendaWithTimeSpent, Instant now) {
        this.agenda = agendaWithTimeSpent;
        this.currentItem = item;
        this.itemStartedAt = now;
    }

    public void end(String agendaWithTimeSpent, Instant now) {
        this.agenda = agendaWithTimeSpent;
        this.state = SessionState.ENDED;
        this.endedAt = now;
    }

    /** The facilitator was away too long: the session waits for someone to take over. */
    public void pause() {
        this.state = SessionState.PAUSED;
    }

    public void takeOver(long by, Instant now) {
        this.facilitatorId = by;
        if (coFacilitatorId != null && coFacilitatorId == by) this.coFacilitatorId = null;
        this.state = SessionState.RUNNING;
        this.facilitatorSeenAt = now;
    }

    public void nameCoFacilitator(@Nullable Long userId) {
        this.coFacilitatorId = userId;
    }

    /** Someone who drives the session has a page of the scoping open now. */
    public void driverSeen(Instant now) {
        this.facilitatorSeenAt = now;
    }

    public long scopingId() {
        return scopingId;
    }

    public SessionState state() {
        return state;
    }

    public String agenda() {
        return agenda;
    }

    public int currentItem() {
        return currentItem;
    }

    public Instant itemStartedAt() {
        return itemStartedAt;
    }

    public long facilitatorId() {
        return facilitatorId;
    }

    public @Nullable Long coFacilitatorId() {
        return coFacilitatorId;
    }

    public Instant facilitatorSeenAt() {
        return facilitatorSeenAt;
    }

    public long revision() {
        return revision;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public @Nullable Instant endedAt() {
        return endedAt;
    }
}
