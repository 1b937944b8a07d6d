package dk.sammen.session.internal;

import dk.sammen.live.PresenceService;
import dk.sammen.security.ActingAs;
import dk.sammen.session.SessionService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pauses a session whose facilitator has left (a closed tab) for more than ten minutes, so that
 * someone else with the facilitator role can take over. Every server may run it: the pause is
 * the same whichever does, and the presence it reads covers every server.
 */
@Component
class SessionKeeper {

    private final SessionService sessions;
    private final PresenceService presence;

    private final java.time.Clock clock;

    SessionKeeper(SessionService sessions, PresenceService presence, java.time.Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
        this.presence = presence;
    }

    @Scheduled(fixedDelayString = "${sammen.session.check-every:PT30S}", initialDelayString = "${sammen.session.check-every:PT30S}")
    void pauseSessionsWithoutDriver() {
        ActingAs.system(() -> {
            sessions.pauseSessionsWithoutDriver((scoping, user) -> presence.present(scoping).stream().anyMatch(p -> p.userId() == user),
                    clock.instant());
            return null;
        });
    }
}
